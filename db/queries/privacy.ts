import { and, eq, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Database } from '@/db/types';
import { auditEntries, events, invitationLetters, outboundEmails, registrationVisits, registrations } from '@/db/schema';
import { recordAudit } from './audit';
import { ERASED_PREFIX } from './manage-closed';
import { promoteWaitlisted } from './seats';

/** Passport data is kept only until `days` after its event ended; the purge is recorded in the audit log. */
export async function purgePassportData(db: Database, days: number, now = new Date()) {
  const cutoff = new Date(now.getTime() - days * 24 * 3600_000);
  const ended = db.select({ id: events.id }).from(events).where(lt(events.endsAt, cutoff));
  const purged = await db
    .update(registrations)
    .set({ visaDataSealed: null })
    .where(and(isNotNull(registrations.visaDataSealed), inArray(registrations.eventId, ended)))
    .returning({ id: registrations.id });
  if (purged.length > 0) {
    await recordAudit(db, {
      actorId: null,
      action: 'retention.purge-passport',
      entityType: 'registration',
      entityId: '*',
      after: { count: purged.length, olderThanDays: days },
    });
  }
  // Letters too: passport details, the PDF and the holder's initials go; an issued or undecided letter is then expired.
  const ofEnded = db.select({ id: registrations.id }).from(registrations).where(inArray(registrations.eventId, ended));
  const letters = await db
    .update(invitationLetters)
    .set({
      detailsSealed: null,
      pdfSealed: null,
      holderInitials: null,
      updatedAt: new Date(),
      status: sql`case when ${invitationLetters.status} in ('issued', 'requested') then 'expired' else ${invitationLetters.status} end`,
      expiredAt: sql`case when ${invitationLetters.status} in ('issued', 'requested') then now() else ${invitationLetters.expiredAt} end`,
    })
    .where(and(isNotNull(invitationLetters.detailsSealed), inArray(invitationLetters.registrationId, ofEnded)))
    .returning({ id: invitationLetters.id });
  if (letters.length > 0) {
    await recordAudit(db, {
      actorId: null,
      action: 'retention.purge-letters',
      entityType: 'registration',
      entityId: '*',
      after: { count: letters.length, olderThanDays: days },
    });
  }
  return purged.length;
}

/**
 * A delegate's erasure request: the seat is freed, and every personal detail is removed from the
 * registration and its e-mails. What remains (country, delegation type, status) counts anonymously;
 * the link's hash stays, so the link can still say "erased on …" (it shows nothing else).
 */
export async function eraseRegistration(db: Database, registrationId: string) {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ eventId: registrations.eventId, status: registrations.status })
      .from(registrations)
      .where(eq(registrations.id, registrationId));
    if (!row) return;
    const [event] = await tx.select().from(events).where(eq(events.id, row.eventId)).for('update');
    const gone = `${ERASED_PREFIX}${randomUUID()}`;
    await tx
      .update(registrations)
      .set({
        status: row.status === 'rejected' ? 'rejected' : 'cancelled',
        cancelledAt: new Date(),
        updatedAt: new Date(),
        honorific: null,
        familyName: '—',
        givenName: '—',
        patronymic: null,
        latinFamilyName: '—',
        latinGivenName: '—',
        organization: '—',
        position: null,
        email: `${gone}@invalid`,
        emailNormalized: `${gone}@invalid`,
        phone: '—',
        dietaryNeeds: null,
        accessNeeds: null,
        visaRequested: false,
        visaDataSealed: null,
        idempotencyKey: null,
        checkedInAt: null,
      })
      .where(eq(registrations.id, registrationId));
    await tx.delete(registrationVisits).where(eq(registrationVisits.registrationId, registrationId));
    await tx.delete(invitationLetters).where(eq(invitationLetters.registrationId, registrationId));
    await tx
      .update(outboundEmails)
      .set({
        toAddress: `${gone}@invalid`,
        subject: null,
        textBody: null,
        htmlBody: null,
        rawMessage: null,
        payload: {},
        status: sql`case when ${outboundEmails.status} = 'sent' then 'sent' else 'failed' end`,
        lastError: 'erased at the delegate’s request',
      })
      .where(eq(outboundEmails.registrationId, registrationId));
    // Earlier audit entries keep who changed which field and when, but no longer the values.
    const entries = await tx
      .select({ id: auditEntries.id, before: auditEntries.before, after: auditEntries.after })
      .from(auditEntries)
      .where(and(eq(auditEntries.entityType, 'registration'), eq(auditEntries.entityId, registrationId)));
    for (const entry of entries) {
      if (entry.before === null && entry.after === null) continue;
      await tx
        .update(auditEntries)
        .set({ before: fieldNamesOnly(entry.before), after: fieldNamesOnly(entry.after) })
        .where(eq(auditEntries.id, entry.id));
    }
    await recordAudit(tx, { actorId: null, action: 'registration.erase', entityType: 'registration', entityId: registrationId });
    if (event) await promoteWaitlisted(tx, event);
  });
}

// Words of the portal's own vocabulary, never a delegate's: the history keeps them after erasure.
const NOT_PERSONAL = new Set(['status', 'emailKind']);

/** An audit value with every field's content replaced by a dash: the names of the changed fields remain. */
function fieldNamesOnly(value: unknown) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value === null ? null : '—';
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, NOT_PERSONAL.has(key) && typeof v === 'string' ? v : '—']));
}
