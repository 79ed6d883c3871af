import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Database } from '@/db/types';
import { delegations, type Event, events, outboundEmails, registrationVisits, registrations } from '@/db/schema';
import { type Locale } from '@/i18n/locales';
import { ACTIVE_REGISTRATION_STATUSES } from '@/lib/domain';
import { delegationToken, hashToken, managementToken, newReference, seal } from '@/lib/crypto';
import { delegationStatuses, delegationVisitSeats } from '@/lib/delegation-seats';
import { acceptsRegistrations, registrationState } from '@/lib/registration-state';
import type { DelegationData, MemberData } from '@/lib/validations/delegation';
import { CONSENT_VERSION, normalizeEmail, type RegistrationData } from '@/lib/validations/registration';
import type { AccessCodeProblem } from '@/lib/access-code';
import { claimAccessCode } from './access-codes';
import { requestLetter } from './letters';
import { enqueueEmail } from './outbox';
import { type FormExtras, NO_EXTRAS, saveFormExtras } from './form-extras';
import { chosenVisitCounts, eventSeatsTaken } from './seats';
import { SEAT_HOLDING } from '@/lib/domain';

export type RegisterDelegationResult =
  | { kind: 'registered'; delegationId: string; token: string; statuses: string[]; replayed: boolean }
  | { kind: 'duplicate' }
  | { kind: 'email-taken'; paths: string[] }
  | { kind: 'not-found' }
  | { kind: 'closed' }
  | { kind: 'access'; problem: AccessCodeProblem };

type Head = RegistrationData;

/**
 * A head registers their delegation: one transaction under the event row's lock (as registerDelegate),
 * so the whole group's event and visit seats are counted and taken at once and never oversold.
 */
export async function registerDelegation(
  db: Database,
  slug: string,
  locale: Locale,
  head: Head,
  group: DelegationData,
  access: { code?: string } = {},
  extras: FormExtras = NO_EXTRAS,
): Promise<RegisterDelegationResult> {
  return db.transaction(async (tx) => {
    const [event] = await tx.select().from(events).where(eq(events.slug, slug)).for('update');
    if (!event || event.status === 'draft') return { kind: 'not-found' };
    const [replay] = await tx
      .select()
      .from(delegations)
      .where(and(eq(delegations.eventId, event.id), eq(delegations.idempotencyKey, head.idempotencyKey)));
    if (replay) {
      const members = await tx.select({ status: registrations.status }).from(registrations).where(eq(registrations.delegationId, replay.id));
      return {
        kind: 'registered',
        delegationId: replay.id,
        token: delegationToken(replay.id, replay.tokenVersion),
        statuses: members.map((m) => m.status),
        replayed: true,
      };
    }
    const taken = await eventSeatsTaken(tx, event.id);
    if (!acceptsRegistrations(registrationState({ ...event, seatsTaken: taken }))) return { kind: 'closed' };
    // An invitation-only event: the code must hold places for the whole delegation (checked before the duplicate check).
    const claim = event.inviteOnly ? await claimAccessCode(tx, event.id, access.code, 1 + group.members.length) : null;
    if (claim && !claim.ok) return { kind: 'access', problem: claim.problem };

    const clash = await takenAddresses(tx, event.id, [head.email, ...group.members.map((m) => m.email)]);
    if (clash.has(0)) return duplicateHead(tx, event.id, locale, head.email);
    if (clash.size > 0) return { kind: 'email-taken', paths: [...clash].map((i) => `members.${i - 1}.email`) };

    const delegationId = crypto.randomUUID();
    const people = [{ ...head, locale, own: true }, ...group.members.map((m) => memberAsPerson(m, head, group))];
    const statuses = delegationStatuses({
      capacity: event.capacity,
      taken,
      size: people.length,
      rule: event.delegationOverflow,
      approval: event.approvalMode === 'organizer',
    });
    const visitIds = [...new Set(people.flatMap((p) => p.visitIds))];
    const [counts] = await tx.select({ visits: chosenVisitCounts(event.id, visitIds) }).from(sql`(select 1) as one`);
    const seats = delegationVisitSeats(
      people.map((p, i) => ({ holdsSeat: SEAT_HOLDING.includes(statuses[i] as never), visitIds: p.visitIds })),
      counts!.visits,
      event.delegationOverflow,
    );

    await tx.insert(delegations).values({
      id: delegationId,
      eventId: event.id,
      name: group.name,
      organization: group.organization,
      country: group.country,
      managementTokenHash: hashToken(delegationToken(delegationId, 1)),
      idempotencyKey: head.idempotencyKey,
    });
    const now = Date.now();
    const rows = people.map((p, i) => ({ ...registrationRow(event, p, statuses[i]!, delegationId, new Date(now + i)), accessCodeId: claim?.id ?? null }));
    await tx.insert(registrations).values(rows);
    const visitRows = rows.flatMap((r, i) => seats[i]!.map((s) => ({ registrationId: r.id, ...s })));
    if (visitRows.length > 0) await tx.insert(registrationVisits).values(visitRows);
    await tx.update(delegations).set({ headRegistrationId: rows[0]!.id }).where(eq(delegations.id, delegationId));
    // The head's own visa letter request, as an individual's (members ask later from their own page).
    if (head.visa && head.travel) {
      await requestLetter(tx, rows[0]!, { ...head.visa, ...head.travel, latinFamilyName: head.latinFamilyName, latinGivenName: head.latinGivenName });
    }
    // The head's answers to the event's questions and travel details, as an individual's (the form asks them of the head only).
    await saveFormExtras(tx, rows[0]!.id, extras);
    // Each member with an address of their own: their confirmation in their language; the head: one summary.
    for (const [i, r] of rows.entries()) {
      if (i === 0 || !people[i]!.own) continue;
      await enqueueEmail(tx, { kind: 'confirmation', registrationId: r.id, locale: r.locale, to: r.email, payload: { status: r.status, visits: seats[i] } });
    }
    await enqueueEmail(tx, { kind: 'delegationSummary', registrationId: rows[0]!.id, locale, to: head.email });
    return { kind: 'registered', delegationId, token: delegationToken(delegationId, 1), statuses, replayed: false };
  });
}

type Person = Omit<Head, 'visa' | 'travel' | 'idempotencyKey' | 'consent'> & { locale: Locale; own: boolean; visa?: Head['visa']; travel?: Head['travel'] };

/** A member inherits what the form asks only once: organization, country, phone and kind of delegation. */
export function memberAsPerson(
  m: MemberData,
  head: Pick<Head, 'phone' | 'delegationType' | 'email'>,
  group: Pick<DelegationData, 'organization' | 'country'>,
): Person {
  return {
    ...m,
    organization: group.organization,
    country: group.country,
    phone: head.phone,
    delegationType: head.delegationType,
    email: m.email ?? head.email,
    own: Boolean(m.email),
    visaRequested: false,
  };
}

export function registrationRow(event: Event, p: Person, status: string, delegationId: string, createdAt: Date) {
  const id = crypto.randomUUID();
  return {
    id,
    eventId: event.id,
    reference: newReference(),
    status: status as 'confirmed',
    locale: p.locale,
    honorific: p.honorific,
    familyName: p.familyName,
    givenName: p.givenName,
    patronymic: p.patronymic,
    latinFamilyName: p.latinFamilyName,
    latinGivenName: p.latinGivenName,
    organization: p.organization,
    position: p.position,
    country: p.country,
    email: p.email,
    emailNormalized: normalizeEmail(p.email),
    emailFromHead: !p.own,
    phone: p.phone,
    delegationType: p.delegationType,
    delegationId,
    dietaryNeeds: p.dietaryNeeds,
    accessNeeds: p.accessNeeds,
    consentAt: createdAt,
    consentVersion: CONSENT_VERSION,
    visaRequested: p.visaRequested,
    visaDataSealed: p.visa ? seal(JSON.stringify(p.visa)) : null,
    managementTokenHash: hashToken(managementToken(id, 1)),
    tokenVersion: 1,
    createdAt,
  } satisfies typeof registrations.$inferInsert;
}

/** Indexes (0 = the head) of addresses already registered for the event. */
export async function takenAddresses(tx: Database, eventId: string, emails: (string | undefined)[]) {
  const wanted = emails.map((e) => (e ? normalizeEmail(e) : null));
  const list = wanted.filter((e): e is string => e !== null);
  if (list.length === 0) return new Set<number>();
  const found = await tx
    .select({ email: registrations.emailNormalized })
    .from(registrations)
    .where(
      and(
        eq(registrations.eventId, eventId),
        inArray(registrations.emailNormalized, list),
        eq(registrations.emailFromHead, false),
        inArray(registrations.status, ACTIVE_REGISTRATION_STATUSES),
      ),
    );
  const taken = new Set(found.map((f) => f.email));
  return new Set(wanted.flatMap((e, i) => (e && taken.has(e) ? [i] : [])));
}

/** The head is already registered: told so on screen, the link mailed to the address on file at most once an hour. */
async function duplicateHead(tx: Database, eventId: string, locale: Locale, email: string): Promise<RegisterDelegationResult> {
  const [existing] = await tx
    .select({ id: registrations.id, email: registrations.email })
    .from(registrations)
    .where(
      and(
        eq(registrations.eventId, eventId),
        eq(registrations.emailNormalized, normalizeEmail(email)),
        eq(registrations.emailFromHead, false),
        inArray(registrations.status, ACTIVE_REGISTRATION_STATUSES),
      ),
    )
    .limit(1);
  const [recent] = await tx
    .select({ id: outboundEmails.id })
    .from(outboundEmails)
    .where(
      and(eq(outboundEmails.registrationId, existing!.id), eq(outboundEmails.kind, 'duplicate'), gt(outboundEmails.createdAt, sql`now() - interval '1 hour'`)),
    )
    .limit(1);
  if (!recent) await enqueueEmail(tx, { kind: 'duplicate', registrationId: existing!.id, locale, to: existing!.email });
  return { kind: 'duplicate' };
}
