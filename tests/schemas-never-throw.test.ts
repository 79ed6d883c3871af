import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { LOCALES } from '@/i18n/locales';
import { blankEvent, blankProgramItem, blankStop, blankVisit } from '@/lib/event-form';
import { issueAccessCodeSchema } from '@/lib/validations/access-code';
import { newAccountSchema } from '@/lib/validations/account';
import { attendeeFilterSchema } from '@/lib/validations/attendee-filter';
import { delegationSchema } from '@/lib/validations/delegation';
import { eventSchema, eventStatusSchema } from '@/lib/validations/event';
import { answersSchema, questionsEditorSchema } from '@/lib/validations/questions';
import { registrationChangeSchema, registrationSchema } from '@/lib/validations/registration';
import { travelSchema } from '@/lib/validations/travel';
import { letterCorrectionSchema, letterRequestSchema, reasonSchema } from '@/lib/validations/visa';
import { delegate } from './fixtures';

/**
 * Whatever arrives, a schema answers with issues — it never throws (a throw inside a schema is a 500, or
 * "try again" for input that will never pass). Each valid sample below has every field, at every depth,
 * replaced in turn by each hostile value a JSON body or a form can carry.
 */
const HOSTILE: unknown[] = [
  undefined,
  null,
  0,
  -1,
  1.5,
  1e308,
  true,
  '',
  ' ',
  'x'.repeat(20_000),
  '2026-13-45',
  '2026-02-30T25:61',
  '9999-99-99',
  '\u0000',
  '\uD800',
  '__proto__',
  {},
  [],
  [null],
  JSON.parse('{"__proto__": {"polluted": true}}'),
];

const asked = [randomUUID(), randomUUID()];
const all = (text: string) => Object.fromEntries(LOCALES.map((l) => [l, `${text} ${l}`]));
const month = '2031-05';
const passport = {
  passportNumber: 'M1234567',
  nationality: 'KR',
  dateOfBirth: '1980-01-01',
  entryDate: `${month}-09`,
  exitDate: `${month}-13`,
  consulate: 'Busan',
};
const samples: [string, z.core.$ZodType, unknown][] = [
  [
    'registration',
    registrationSchema,
    {
      ...delegate(1),
      visaRequested: true,
      ...passport,
      visaConsent: true,
      answers: { [asked[0]!]: 'Halal' },
      travel: { arrivalDate: `${month}-09` },
    },
  ],
  [
    'registration change',
    registrationChangeSchema,
    { organization: 'Port', email: 'a@example.org', phone: '+82 51 123 4567', dietaryNeeds: 'No nuts', visitIds: [randomUUID()] },
  ],
  [
    'delegation',
    delegationSchema,
    {
      name: '吉林省经贸代表团',
      organization: 'Jilin Chamber',
      country: 'CN',
      members: [{ familyName: '佐藤', givenName: '花子', latinFamilyName: 'Sato', latinGivenName: 'Hanako', locale: 'ja', email: 'sato@example.org' }],
    },
  ],
  [
    'event',
    eventSchema,
    {
      ...blankEvent('zh'),
      slug: 'fuzz-forum',
      startsAt: `${month}-10T09:00`,
      endsAt: `${month}-10T18:00`,
      capacity: '100',
      registrationOpensAt: '2030-01-01T00:00',
      registrationClosesAt: `${month}-09T08:00`,
      translations: Object.fromEntries(
        LOCALES.map((l) => [
          l,
          {
            ...blankEvent('zh').translations[l],
            title: `Forum ${l}`,
            summary: `Summary ${l}`,
            body: `**Body** ${l}`,
            city: `Changchun ${l}`,
            venueName: `Hall ${l}`,
          },
        ]),
      ),
      program: [{ ...blankProgramItem(`${month}-10T09:30`), title: all('Opening') }],
      visits: [
        {
          ...blankVisit(`${month}-11T14:00`),
          endsAt: `${month}-11T17:00`,
          capacity: '20',
          title: all('Port'),
          meetingPoint: all('Lobby'),
          stops: [{ ...blankStop(`${month}-11T14:30`), place: all('Gate') }],
        },
      ],
    },
  ],
  ['event status', eventStatusSchema, { id: randomUUID(), action: 'publish' }],
  [
    'travel',
    travelSchema,
    {
      arrivalDate: `${month}-09`,
      arrivalTime: '10:00',
      arrivalCarrier: 'CA123',
      arrivalPlace: 'PEK',
      pickup: true,
      departureDate: `${month}-12`,
      room: 'single',
      nights: 2,
    },
  ],
  [
    'letter request',
    letterRequestSchema,
    {
      ...passport,
      visaConsent: true,
    },
  ],
  [
    'letter correction',
    letterCorrectionSchema,
    {
      latinFamilyName: 'Kim',
      latinGivenName: 'Minjun',
      ...passport,
    },
  ],
  ['refusal reason', reasonSchema, 'Passport expired.'],
  [
    'questions editor',
    questionsEditorSchema,
    {
      eventId: randomUUID(),
      asksTravel: true,
      questions: [
        {
          id: '',
          kind: 'oneChoice',
          required: true,
          label: { en: 'Diet' },
          options: [
            { id: '', label: { en: 'A' } },
            { id: '', label: { en: 'B' } },
          ],
        },
      ],
    },
  ],
  [
    'answers',
    answersSchema(
      [
        { id: asked[0]!, kind: 'shortText', required: true, delegationTypes: [], label: { en: 'Q' }, options: [] },
        { id: asked[1]!, kind: 'date', required: false, delegationTypes: [], label: { en: 'D' }, options: [] },
      ],
      'government',
    ),
    { [asked[0]!]: 'Halal', [asked[1]!]: `${month}-01` },
  ],
  ['attendee filter', attendeeFilterSchema, { q: 'kim', status: 'confirmed', country: 'KR', sort: 'name', page: '2' }],
  ['access code', issueAccessCodeSchema, { eventId: randomUUID(), organization: 'Port Authority', quota: '5', maxDelegationSize: '' }],
  ['account', newAccountSchema, { name: 'Desk', email: 'desk@example.org', role: 'checkin', password: 'desk-password-2026' }],
];

/** Every path into a value: [] for the value itself, then each key or index, depth first. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  return [prefix, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, Array.isArray(value) ? Number(k) : k]))];
}

function replaced(value: unknown, path: (string | number)[], by: unknown): unknown {
  if (path.length === 0) return by;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[path[0]!] = replaced(copy[path[0]!], path.slice(1), by);
  return copy;
}

describe('no input makes a schema throw', () => {
  it.each(samples)('%s', (_, schema, sample) => {
    // A valid sample, so that the checks after the first (cross-field rules, transforms) are reached too.
    expect(z.safeParse(schema, sample).error?.issues).toBeUndefined();
    let tried = 0;
    for (const path of paths(sample))
      for (const hostile of HOSTILE) {
        const input = replaced(sample, path, hostile);
        expect(() => z.safeParse(schema, input), `${path.join('.')} = ${JSON.stringify(hostile)?.slice(0, 40)}`).not.toThrow();
        tried++;
      }
    expect(tried).toBeGreaterThanOrEqual(HOSTILE.length);
  });
});
