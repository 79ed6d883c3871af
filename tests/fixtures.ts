import { randomUUID } from 'node:crypto';
import { LOCALES } from '@/i18n/locales';
import type { Database } from '@/db/types';
import { insertEvent } from '@/db/seed/seed';
import type { SeedEvent } from '@/db/seed/types';
import { type RegistrationInput, registrationSchema } from '@/lib/validations/registration';

const all = (text: string) => ({ zh: text, en: text, ko: text, ja: text, ru: text });

/** An event open for registration now, with a given capacity and visits. */
export async function openEvent(db: Database, options: { slug?: string; capacity?: number; visits?: number[]; approval?: boolean } = {}) {
  const slug = options.slug ?? `test-${randomUUID().slice(0, 8)}`;
  const day = 24 * 3600_000;
  const seed: SeedEvent = {
    slug,
    kind: 'conference',
    status: 'published',
    startsAt: new Date(Date.now() + 30 * day).toISOString(),
    endsAt: new Date(Date.now() + 31 * day).toISOString(),
    timeZone: 'Asia/Shanghai',
    capacity: options.capacity ?? 50,
    registrationOpensAt: new Date(Date.now() - day).toISOString(),
    registrationClosesAt: new Date(Date.now() + 20 * day).toISOString(),
    approvalMode: options.approval ? 'organizer' : 'automatic',
    sourceLocale: 'en',
    translations: Object.fromEntries(
      LOCALES.map((l) => [
        l,
        {
          title: `Test ${l}`,
          summary: 'Summary',
          body: 'Body',
          city: 'Changchun',
          venueName: 'Hall',
          venueAddress: '1 Road',
          coHosts: [],
        },
      ]),
    ) as unknown as SeedEvent['translations'],
    program: [],
    visits: (options.visits ?? []).map((capacity, i) => ({
      startsAt: new Date(Date.now() + 32 * day + i * 3600_000).toISOString(),
      endsAt: new Date(Date.now() + 32 * day + (i + 1) * 3600_000).toISOString(),
      capacity,
      title: all(`Visit ${i}`),
      description: all('d'),
      meetingPoint: all('Lobby'),
      transport: all('Coach'),
      stops: [{ at: new Date(Date.now() + 32 * day).toISOString(), place: all('Gate'), activity: all('Meet') }],
    })),
  };
  const id = await insertEvent(db, seed);
  return { id, slug };
}

export function delegate(n: number, extra: Partial<RegistrationInput> = {}): RegistrationInput {
  return {
    familyName: '김',
    givenName: `민준${n}`,
    latinFamilyName: 'Kim',
    latinGivenName: `Minjun`,
    organization: 'Busan Chamber of Commerce',
    country: 'KR',
    email: `delegate${n}@example.org`,
    phone: '+82 51 123 4567',
    delegationType: 'association',
    consent: true,
    idempotencyKey: randomUUID(),
    ...extra,
  };
}

export const parse = (input: RegistrationInput) => registrationSchema.parse(input);
