import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allQuestions, answerCounts, answersOf, formBySlug, saveQuestions } from '@/db/queries/questions';
import { changeExtras, registrationExtras } from '@/db/queries/registration-extras';
import { registerDelegate } from '@/db/queries/registrations';
import { arrivalRows } from '@/db/queries/travel';
import { listAttendees } from '@/db/queries/attendees';
import { attendeeFilterSchema } from '@/lib/validations/attendee-filter';
import { eventQuestions } from '@/db/schema';
import { answersSchema, answerText, questionsEditorSchema } from '@/lib/validations/questions';
import { travelSchema } from '@/lib/validations/travel';
import { checkExtras } from '@/server/form-extras';
import { drivers, openTestDatabase, type TestDatabase } from './db-harness';
import { delegate, openEvent, parse } from './fixtures';

const all = (text: string) => ({ zh: `${text}（中）`, en: text, ko: `${text} 한`, ja: `${text}（日）`, ru: `${text} ру` });

const editor = (eventId: string, questions: unknown[], asksTravel = false) => questionsEditorSchema.parse({ eventId, asksTravel, questions });
const sectorQuestion = { kind: 'oneChoice', required: true, label: all('Sector'), options: [{ label: all('Autos') }, { label: all('Food') }] };

describe('answers schema (shared by the form and the server)', () => {
  const questions = [
    {
      id: '00000000-0000-4000-8000-000000000001',
      kind: 'oneChoice' as const,
      required: true,
      delegationTypes: [],
      label: { en: 'Sector' },
      options: [
        { id: 'a', label: { en: 'Autos' } },
        { id: 'b', label: { en: 'Food' }, retired: true },
      ],
    },
    { id: '00000000-0000-4000-8000-000000000002', kind: 'yesNo' as const, required: false, delegationTypes: ['media'], label: { en: 'Camera?' }, options: [] },
    { id: '00000000-0000-4000-8000-000000000003', kind: 'date' as const, required: false, delegationTypes: [], label: { en: 'When' }, options: [] },
  ];
  it('requires a required choice, refuses retired or unknown choices, and asks type-specific questions only of that type', () => {
    const forEnterprise = answersSchema(questions, 'enterprise');
    expect(forEnterprise.safeParse({}).success).toBe(false);
    expect(forEnterprise.safeParse({ [questions[0]!.id]: 'b' }).success).toBe(false);
    expect(forEnterprise.safeParse({ [questions[0]!.id]: 'a', [questions[1]!.id]: 'yes' }).data).toEqual({ [questions[0]!.id]: 'a' });
    expect(answersSchema(questions, 'media').parse({ [questions[0]!.id]: 'a', [questions[1]!.id]: 'yes' })[questions[1]!.id]).toBe(true);
    expect(forEnterprise.safeParse({ [questions[0]!.id]: 'a', [questions[2]!.id]: '2027-02-30' }).success).toBe(false);
  });
  it("reads an answer naming a retired choice with that choice's label", () => {
    expect(
      answerText(
        'b',
        questions[0]!.options,
        (t) => t.en ?? '',
        () => '',
      ),
    ).toBe('Food');
  });
  it('travel: a pickup needs the arrival day, time and place; flight numbers are upper-cased', () => {
    expect(travelSchema.safeParse({ pickup: true }).success).toBe(false);
    expect(
      travelSchema.parse({ arrivalDate: '2027-06-14', arrivalTime: '14:30', arrivalCarrier: 'ca 1234', arrivalPlace: 'CGQ', pickup: true }).arrivalCarrier,
    ).toBe('CA 1234');
    expect(travelSchema.safeParse({ arrivalDate: '2027-06-14', departureDate: '2027-06-13' }).success).toBe(false);
  });
});

describe.each(drivers)('per-event questions and arrivals [%s]', (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(() => t.close());

  it('stores answers with the registration, counts them, filters by them, and keeps them when the question changes or goes', async () => {
    const { id, slug } = await openEvent(t.db);
    const saved = await saveQuestions(t.db, null, editor(id, [sectorQuestion, { kind: 'longText', label: all('Interests') }], true));
    expect(saved.kind).toBe('ok');
    const form = (await formBySlug(t.db, slug))!;
    expect(form.questions).toHaveLength(2);
    expect(form.asksTravel).toBe(true);
    const [sector, interests] = form.questions;
    const [autos, food] = sector!.options;

    // The server refuses a missing required answer, as the form does.
    expect(checkExtras(form, {}, {}, 'enterprise').ok).toBe(false);
    const register = async (n: number, choice: string, arrival: Record<string, unknown>) => {
      const checked = checkExtras(form, { [sector!.id]: choice, [interests!.id]: `Ports ${n}` }, arrival, 'enterprise');
      if (!checked.ok) throw new Error(JSON.stringify(checked.fields));
      const r = await registerDelegate(t.db, slug, 'en', parse(delegate(n)), {}, checked.value);
      if (r.kind !== 'registered') throw new Error(r.kind);
      return r.registrationId;
    };
    const one = await register(1, autos!.id, { arrivalDate: '2027-06-14', arrivalTime: '09:10', arrivalCarrier: 'CA1611', arrivalPlace: 'CGQ', pickup: true });
    const two = await register(2, food!.id, {
      arrivalDate: '2027-06-14',
      arrivalTime: '15:40',
      arrivalCarrier: 'KE817',
      arrivalPlace: 'CGQ',
      pickup: true,
      room: 'single',
      nights: 3,
    });
    await register(3, food!.id, {});

    expect((await answersOf(t.db, [one])).get(one)).toEqual({ [sector!.id]: autos!.id, [interests!.id]: 'Ports 1' });
    const counts = await answerCounts(t.db, id);
    expect(counts.get(sector!.id)?.get(food!.id)).toBe(2);
    const filtered = await listAttendees(t.db, id, attendeeFilterSchema.parse({ answer: `${sector!.id}:${food!.id}` }));
    expect(filtered.total).toBe(2);
    expect((await listAttendees(t.db, id, attendeeFilterSchema.parse({ answer: `${interests!.id}:Ports 1` }))).total).toBe(1);

    const board = await arrivalRows(t.db, id);
    expect(board.map((r) => r.travel.arrivalCarrier)).toEqual(['CA1611', 'KE817']);

    // The organizer drops "Food" and the long-text question: the answers stay readable.
    const [q] = await t.db.select().from(eventQuestions).where(eq(eventQuestions.id, sector!.id));
    const again = await saveQuestions(
      t.db,
      null,
      editor(id, [{ ...sectorQuestion, id: q!.id, options: [{ id: autos!.id, label: all('Autos') }, { label: all('Energy') }] }], true),
    );
    expect(again.kind).toBe('ok');
    const everything = await allQuestions(t.db, id);
    expect(everything.find((x) => x.id === interests!.id)?.archived).toBe(true);
    const retired = everything.find((x) => x.id === sector!.id)!.options.find((o) => o.id === food!.id);
    expect(retired).toMatchObject({ retired: true, label: { en: 'Food' } });
    const extras = (await registrationExtras(t.db, two))!;
    expect(
      answerText(
        extras.answers[sector!.id],
        everything.find((x) => x.id === sector!.id)!.options,
        (l) => l.en ?? '',
        () => '',
      ),
    ).toBe('Food');
    expect(extras.answers[interests!.id]).toBe('Ports 2');

    // The kind of an answered question cannot change.
    const locked = await saveQuestions(t.db, null, editor(id, [{ ...sectorQuestion, id: q!.id, kind: 'shortText', options: [] }]));
    expect(locked.kind).toBe('kindLocked');

    // The delegate changes their answer from the private page: only the live question is replaced.
    const live = (await formBySlug(t.db, slug))!;
    const energy = live.questions[0]!.options.find((o) => o.label.en === 'Energy')!;
    const change = checkExtras(live, { [sector!.id]: energy.id }, {}, 'enterprise');
    expect(change.ok).toBe(true);
    if (change.ok) expect((await changeExtras(t.db, two, change.value)).kind).toBe('ok');
    const after = (await answersOf(t.db, [two])).get(two)!;
    expect(after[sector!.id]).toBe(energy.id);
    expect(after[interests!.id]).toBe('Ports 2');
  });
});
