import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Database } from '@/db/types';
import { auditEntries, events, outboundEmails, registrationVisits, registrations } from '@/db/schema';
import { type Locale } from '@/i18n/locales';
import { hashToken, managementToken, newReference, seal } from '@/lib/crypto';
import { acceptsRegistrations, registrationState } from '@/lib/registration-state';
import { CONSENT_VERSION, normalizeEmail, type RegistrationData } from '@/lib/validations/registration';
import type { AccessCodeProblem } from '@/lib/access-code';
import { claimAccessCode } from './access-codes';
import { emailAudit, enqueueEmail } from './outbox';
import { chosenVisitCounts, visitSeats } from './seats';
import { ACTIVE_REGISTRATION_STATUSES, SEAT_HOLDING } from '@/lib/domain';
import { requestLetter } from './letters';
import { type FormExtras, NO_EXTRAS, saveFormExtras } from './form-extras';

export type RegisterResult =
  | { kind: 'registered'; registrationId: string; reference: string; status: string; token: string; replayed: boolean }
  | { kind: 'duplicate' }
  | { kind: 'not-found' }
  | { kind: 'closed' }
  /** An invitation-only event and no usable access code. */
  | { kind: 'access'; problem: AccessCodeProblem };

/**
 * Register one delegate. Everything happens under the event row's lock, so seats are counted and
 * taken by one transaction at a time (on PGlite and PostgreSQL alike): never sold twice, in order of arrival.
 */
export async function registerDelegate(
  db: Database,
  slug: string,
  locale: Locale,
  data: RegistrationData,
  access: { code?: string } = {},
  extras: FormExtras = NO_EXTRAS,
): Promise<RegisterResult> {
  return db.transaction(async (tx) => {
    const [event] = await tx.select().from(events).where(eq(events.slug, slug)).for('update');
    if (!event || event.status === 'draft') return { kind: 'not-found' };

    // One round trip for everything asked under the lock: a resubmission? the same e-mail? seats taken, on the event and the chosen visits?
    const emailNormalized = normalizeEmail(data.email);
    const [facts] = await tx
      .select({
        replayId: sql<string | null>`(select id from ${registrations} where event_id = ${event.id} and idempotency_key = ${data.idempotencyKey})`,
        existingId: sql<
          string | null
        >`(select id from ${registrations} where event_id = ${event.id} and email_normalized = ${emailNormalized} and ${inArray(registrations.status, ACTIVE_REGISTRATION_STATUSES)} limit 1)`,
        taken: sql<number>`(select count(*) from ${registrations} where event_id = ${event.id} and status in ('confirmed', 'pending'))`.mapWith(Number),
        visits: chosenVisitCounts(event.id, data.visitIds),
      })
      .from(sql`(select 1) as one`);
    if (facts!.replayId) {
      const [replay] = await tx.select().from(registrations).where(eq(registrations.id, facts!.replayId));
      return registered(replay!, true);
    }
    const taken = facts!.taken;
    const state = registrationState({ ...event, seatsTaken: taken });
    if (!acceptsRegistrations(state)) return { kind: 'closed' };
    // Before the duplicate check, so a wrong code learns nothing about who is registered.
    const claim = event.inviteOnly ? await claimAccessCode(tx, event.id, access.code) : null;
    if (claim && !claim.ok) return { kind: 'access', problem: claim.problem };
    if (facts!.existingId) {
      const [existing] = await tx.select().from(registrations).where(eq(registrations.id, facts!.existingId));
      // Told on screen only that it exists; the link goes to the address on file, at most once an hour
      // (repeated attempts must not flood the delegate's mailbox).
      const [recent] = await tx
        .select({ id: outboundEmails.id })
        .from(outboundEmails)
        .where(
          and(
            eq(outboundEmails.registrationId, existing!.id),
            eq(outboundEmails.kind, 'duplicate'),
            gt(outboundEmails.createdAt, sql`now() - interval '1 hour'`),
          ),
        )
        .limit(1);
      if (!recent) await enqueueEmail(tx, { kind: 'duplicate', registrationId: existing!.id, locale, to: existing!.email });
      return { kind: 'duplicate' };
    }

    const hasSeat = event.capacity === null || taken < event.capacity;
    const status = !hasSeat ? 'waitlisted' : event.approvalMode === 'organizer' ? 'pending' : 'confirmed';
    const visitSeatList = visitSeats(facts!.visits, SEAT_HOLDING.includes(status as never));
    const id = crypto.randomUUID();
    const now = new Date();
    const row = {
      id,
      eventId: event.id,
      reference: newReference(),
      status,
      locale,
      honorific: data.honorific,
      familyName: data.familyName,
      givenName: data.givenName,
      patronymic: data.patronymic,
      latinFamilyName: data.latinFamilyName,
      latinGivenName: data.latinGivenName,
      organization: data.organization,
      position: data.position,
      country: data.country,
      email: data.email,
      emailNormalized,
      phone: data.phone,
      delegationType: data.delegationType,
      dietaryNeeds: data.dietaryNeeds,
      accessNeeds: data.accessNeeds,
      consentAt: now,
      consentVersion: CONSENT_VERSION,
      visaRequested: data.visaRequested,
      visaDataSealed: data.visa ? seal(JSON.stringify(data.visa)) : null,
      managementTokenHash: hashToken(managementToken(id, 1)),
      idempotencyKey: data.idempotencyKey,
      accessCodeId: claim?.ok ? claim.id : null,
      tokenVersion: 1,
      createdAt: now,
    } satisfies typeof registrations.$inferInsert;
    // The registration, its visit seats and its e-mail in one statement: fewer round trips while the lock is held.
    const inserted = [
      tx.$with('registration').as(
        tx
          .insert(registrations)
          .values(row)
          .returning({ id: sql<string>`id` }),
      ),
      tx.$with('history').as(
        tx
          .insert(auditEntries)
          .values(emailAudit(id, 'confirmation'))
          .returning({ id: sql<string>`id` }),
      ),
      ...(visitSeatList.length === 0
        ? []
        : [
            tx.$with('seats').as(
              tx
                .insert(registrationVisits)
                .values(visitSeatList.map((seat) => ({ registrationId: id, ...seat })))
                .returning({ id: sql<string>`registration_id` }),
            ),
          ]),
    ];
    await tx
      .with(...inserted)
      .insert(outboundEmails)
      .values({
        kind: 'confirmation',
        registrationId: id,
        locale,
        toAddress: data.email,
        payload: { status, visits: visitSeatList },
      });
    if (data.visa && data.travel) {
      await requestLetter(tx, { id, status }, { ...data.visa, ...data.travel, latinFamilyName: data.latinFamilyName, latinGivenName: data.latinGivenName });
    }
    await saveFormExtras(tx, id, extras);
    return registered(row, false);
  });
}

function registered(row: Pick<typeof registrations.$inferSelect, 'id' | 'reference' | 'status' | 'tokenVersion'>, replayed: boolean): RegisterResult {
  return {
    kind: 'registered',
    registrationId: row.id,
    reference: row.reference,
    status: row.status,
    token: managementToken(row.id, row.tokenVersion),
    replayed,
  };
}
