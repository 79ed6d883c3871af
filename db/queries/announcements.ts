import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/types';
import { announcementOptOuts, announcements, delegations, outboundEmails, registrations, visits } from '@/db/schema';
import type { Locale, LocalizedText } from '@/i18n/locales';
import type { Audience } from '@/lib/announcements';
import { audienceRecipients } from './audiences';
import { recordAudit } from './audit';
import { batchProgress } from './outbox';

export interface AnnouncementDraft {
  id?: string;
  eventId: string;
  idempotencyKey: string;
  sourceLocale: Locale;
  subject: LocalizedText;
  body: LocalizedText;
  audience: Audience;
}

export type SavedAnnouncement = { kind: 'saved'; id: string } | { kind: 'not-draft' } | { kind: 'foreign-audience' };

/**
 * Saves a draft (a repeated form post with the same key saves nothing more); a sent one is never changed,
 * nor one of another event (the id must be of `draft.eventId`, the event the route checked), and a visit or
 * delegation audience must be of that event too.
 */
export async function saveAnnouncement(db: Database, draft: AnnouncementDraft, actorId: string): Promise<SavedAnnouncement> {
  const values = {
    sourceLocale: draft.sourceLocale,
    subject: draft.subject,
    body: draft.body,
    audienceKind: draft.audience.kind,
    audienceValue: draft.audience.value,
    updatedAt: new Date(),
  };
  return db.transaction(async (tx) => {
    if (!(await audienceOfEvent(tx, draft.eventId, draft.audience))) return { kind: 'foreign-audience' as const };
    let id = draft.id;
    if (id) {
      const updated = await tx
        .update(announcements)
        .set(values)
        .where(and(eq(announcements.id, id), eq(announcements.eventId, draft.eventId), eq(announcements.status, 'draft')))
        .returning({ id: announcements.id });
      if (updated.length === 0) return { kind: 'not-draft' as const };
    } else {
      const [created] = await tx
        .insert(announcements)
        .values({ ...values, eventId: draft.eventId, idempotencyKey: draft.idempotencyKey, createdBy: actorId })
        .onConflictDoNothing({ target: announcements.idempotencyKey })
        .returning({ id: announcements.id });
      if (!created) {
        const [earlier] = await tx
          .select({ id: announcements.id })
          .from(announcements)
          .where(and(eq(announcements.idempotencyKey, draft.idempotencyKey), eq(announcements.eventId, draft.eventId)));
        return earlier ? { kind: 'saved' as const, id: earlier.id } : { kind: 'not-draft' as const };
      }
      id = created.id;
    }
    await recordAudit(tx, {
      actorId,
      action: 'announcement.save',
      entityType: 'event',
      entityId: draft.eventId,
      after: { announcement: id, audience: draft.audience },
    });
    return { kind: 'saved' as const, id };
  });
}

/** A visit or delegation audience names one of the event's own; the other kinds name none. */
async function audienceOfEvent(tx: Database, eventId: string, audience: Audience) {
  const table = audience.kind === 'visit' ? visits : audience.kind === 'delegation' ? delegations : null;
  if (!table) return true;
  if (!audience.value) return false;
  return (await tx.$count(table, and(eq(table.id, audience.value), eq(table.eventId, eventId)))) > 0;
}

/**
 * Sends a draft: the status moves from draft to sent in the same transaction that queues one e-mail per
 * recipient, so a double click or a second tab finds it sent and queues nothing (#16). Only a draft of
 * `eventId` (the event the route checked): another event's announcement is not found.
 */
export async function sendAnnouncement(db: Database, eventId: string, id: string, actorId: string) {
  return db.transaction(async (tx) => {
    const [a] = await tx
      .update(announcements)
      .set({ status: 'sent', sentAt: new Date() })
      .where(and(eq(announcements.id, id), eq(announcements.eventId, eventId), eq(announcements.status, 'draft')))
      .returning();
    if (!a) {
      const found = await tx.$count(announcements, and(eq(announcements.id, id), eq(announcements.eventId, eventId)));
      return found > 0 ? { sent: false as const } : { sent: false as const, notFound: true as const };
    }
    const recipients = await audienceRecipients(tx, a.eventId, { kind: a.audienceKind as Audience['kind'], value: a.audienceValue });
    for (let i = 0; i < recipients.length; i += 500) {
      await tx
        .insert(outboundEmails)
        .values(
          recipients.slice(i, i + 500).map((r) => ({
            kind: 'announcement',
            registrationId: r.id,
            locale: r.locale,
            toAddress: r.email,
            payload: { batch: a.id, announcementId: a.id },
            dedupeKey: `announcement:${a.id}|${r.id}`,
          })),
        )
        .onConflictDoNothing();
    }
    await tx.update(announcements).set({ recipients: recipients.length }).where(eq(announcements.id, id));
    await recordAudit(tx, {
      actorId,
      action: 'announcement.send',
      entityType: 'event',
      entityId: a.eventId,
      after: { announcement: a.id, recipients: recipients.length },
    });
    return { sent: true as const, recipients: recipients.length };
  });
}

export async function announcementById(db: Database, id: string) {
  const [row] = await db.select().from(announcements).where(eq(announcements.id, id));
  return row ?? null;
}

/** An event's announcements, newest first, each with how far its send has got. */
export async function listAnnouncements(db: Database, eventId: string) {
  const rows = await db.select().from(announcements).where(eq(announcements.eventId, eventId)).orderBy(desc(announcements.createdAt));
  return Promise.all(rows.map(async (a) => ({ ...a, progress: a.status === 'sent' ? await batchProgress(db, a.id) : null })));
}

/** The one-click stop: this address gets no more announcements, from any event, from now on. */
export async function stopAnnouncements(db: Database, registrationId: string) {
  const [r] = await db
    .select({ email: registrations.emailNormalized, eventId: registrations.eventId })
    .from(registrations)
    .where(eq(registrations.id, registrationId));
  if (!r) return false;
  await db.transaction(async (tx) => {
    await tx.insert(announcementOptOuts).values({ emailNormalized: r.email }).onConflictDoNothing();
    await recordAudit(tx, { actorId: null, action: 'announcement.stop', entityType: 'registration', entityId: registrationId });
  });
  return true;
}

export async function hasStoppedAnnouncements(db: Database, registrationId: string) {
  const rows = await db
    .select({ one: sql`1` })
    .from(announcementOptOuts)
    .innerJoin(registrations, eq(registrations.emailNormalized, announcementOptOuts.emailNormalized))
    .where(eq(registrations.id, registrationId));
  return rows.length > 0;
}
