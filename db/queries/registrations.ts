import { and, eq, gt, sql } from 'drizzle-orm';
import type { Database } from '@/db/types';
import { events, outboundEmails, registrationVisits, registrations } from '@/db/schema';
import { type Locale } from '@/i18n/locales';
import { hashToken, managementToken, newReference, seal } from '@/lib/crypto';
import { acceptsRegistrations, registrationState } from '@/lib/registration-state';
import { CONSENT_VERSION, normalizeEmail, type RegistrationData } from '@/lib/validations/registration';
import { enqueueEmail } from './outbox';
import { type FormExtras, NO_EXTRAS, saveFormExtras } from './form-extras';
import { chosenVisitCounts, SEAT_HOLDING, visitSeats } from './seats';

export type RegisterResult =
  | { kind: 'registered'; registrationId: string; reference: string; status: string; token: string; replayed: boolean }
  | { kind: 'duplicate' }
  | { kind: 'not-found' }
  | { kind: 'closed' };

/**
 * Register one delegate. Everything happens under the event row's lock, so seats are counted and
 * taken by one transaction at a time (on PGlite and PostgreSQL alike): never sold twice, in order of arrival.
 */
export async function registerDelegate(
  db: Database, slug: string, locale: Locale, data: RegistrationData, extras: FormExtras = NO_EXTRAS,
): Promise<RegisterResult> {
  return db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Database;
    const [event] = await tx.select().from(events).where(eq(events.slug, slug)).for('update');
    if (!event || event.status === 'draft') return { kind: 'not-found' };

    // One round trip for everything asked under the lock: a resubmission? the same e-mail? seats taken, on the event and the chosen visits?
    const emailNormalized = normalizeEmail(data.email);
    const [facts] = await tx.select({
      replayId: sql<string | null>`(select id from ${registrations} where event_id = ${event.id} and idempotency_key = ${data.idempotencyKey})`,
      existingId: sql<string | null>`(select id from ${registrations} where event_id = ${event.id} and email_normalized = ${emailNormalized} and status in ('pending', 'confirmed', 'waitlisted') limit 1)`,
      taken: sql<number>`(select count(*) from ${registrations} where event_id = ${event.id} and status in ('confirmed', 'pending'))`.mapWith(Number),
      visits: chosenVisitCounts(event.id, data.visitIds),
    }).from(sql`(select 1) as one`);
    if (facts!.replayId) {
      const [replay] = await tx.select().from(registrations).where(eq(registrations.id, facts!.replayId));
      return registered(replay!, true);
    }
    const taken = facts!.taken;
    const state = registrationState({ ...event, seatsTaken: taken });
    if (!acceptsRegistrations(state)) return { kind: 'closed' };
    if (facts!.existingId) {
      const [existing] = await tx.select().from(registrations).where(eq(registrations.id, facts!.existingId));
      // Told on screen only that it exists; the link goes to the address on file, at most once an hour
      // (repeated attempts must not flood the delegate's mailbox).
      const [recent] = await tx.select({ id: outboundEmails.id }).from(outboundEmails).where(and(
        eq(outboundEmails.registrationId, existing!.id), eq(outboundEmails.kind, 'duplicate'),
        gt(outboundEmails.createdAt, sql`now() - interval '1 hour'`))).limit(1);
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
      tokenVersion: 1,
      createdAt: now,
    } satisfies typeof registrations.$inferInsert;
    // The registration, its visit seats and its e-mail in one statement: fewer round trips while the lock is held.
    const inserted = [
      tx.$with('registration').as(tx.insert(registrations).values(row).returning({ id: sql<string>`id` })),
      ...(visitSeatList.length === 0 ? [] : [tx.$with('seats').as(tx.insert(registrationVisits)
        .values(visitSeatList.map((seat) => ({ registrationId: id, ...seat }))).returning({ id: sql<string>`registration_id` }))]),
    ];
    await tx.with(...inserted).insert(outboundEmails).values({
      kind: 'confirmation', registrationId: id, locale, toAddress: data.email, payload: { status, visits: visitSeatList },
    });
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
