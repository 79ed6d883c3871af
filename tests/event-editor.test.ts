import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEventEditor } from '@/db/queries/event-editor-load';
import { saveEvent, setEventStatus } from '@/db/queries/event-editor';
import { queueItineraries } from '@/db/queries/itineraries';
import { registerDelegate } from '@/db/queries/registrations';
import { auditEntries, eventTranslations, events, itineraryStops, outboundEmails, visits } from '@/db/schema';
import { LOCALES } from '@/i18n/locales';
import { blankEvent, blankStop, blankVisit, completeness } from '@/lib/event-form';
import { type EventInput, emptyLocalized, eventSchema } from '@/lib/validations/event';
import { utcToZonedLocal, zonedLocalToUtc } from '@/lib/zoned-time';
import { drivers, openTestDatabase, type TestDatabase } from './db-harness';
import { delegate, parse } from './fixtures';

const all = (text: string) => Object.fromEntries(LOCALES.map((l) => [l, `${text} ${l}`])) as Record<(typeof LOCALES)[number], string>;

/** A complete event in five languages, a month ahead, open for registration, with one visit. */
function fullEvent(slug: string): EventInput {
  const base = blankEvent('zh');
  const month = new Date(Date.now() + 30 * 24 * 3600_000).toISOString().slice(0, 10);
  const visit = {
    ...blankVisit(`${month}T14:00`),
    endsAt: `${month}T17:00`,
    capacity: '20',
    title: all('Railway works'),
    meetingPoint: all('Hotel lobby'),
    stops: [{ ...blankStop(`${month}T14:30`), place: all('Assembly hall'), activity: all('Tour') }],
  };
  return {
    ...base,
    slug,
    startsAt: `${month}T09:00`,
    endsAt: `${month}T18:00`,
    capacity: '100',
    registrationOpensAt: '2020-01-01T00:00',
    registrationClosesAt: `${month}T08:00`,
    translations: Object.fromEntries(
      LOCALES.map((l) => [
        l,
        {
          ...base.translations[l],
          title: `Conference ${l}`,
          summary: `Summary ${l}`,
          body: `**Body** ${l}`,
          city: `Changchun ${l}`,
          venueName: `Hall ${l}`,
          coHosts: 'CCPIT Jilin\nJETRO',
        },
      ]),
    ) as EventInput['translations'],
    program: [{ startsAt: `${month}T09:30`, endsAt: '', title: all('Opening'), speaker: emptyLocalized(), room: emptyLocalized() }],
    visits: [visit],
  };
}

describe('zonedLocalToUtc', () => {
  it('reads a wall-clock time in the event zone', () => {
    expect(zonedLocalToUtc('2027-05-18T09:30', 'Asia/Shanghai').toISOString()).toBe('2027-05-18T01:30:00.000Z');
    expect(zonedLocalToUtc('2027-05-18T09:30', 'Asia/Vladivostok').toISOString()).toBe('2027-05-17T23:30:00.000Z');
    expect(zonedLocalToUtc('2027-01-01T00:00', 'UTC').toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });

  it('follows daylight saving: summer and winter offsets, the earlier of a repeated hour, a skipped hour moved on', () => {
    expect(zonedLocalToUtc('2027-07-01T12:00', 'Europe/Berlin').toISOString()).toBe('2027-07-01T10:00:00.000Z');
    expect(zonedLocalToUtc('2027-01-15T12:00', 'Europe/Berlin').toISOString()).toBe('2027-01-15T11:00:00.000Z');
    expect(zonedLocalToUtc('2027-10-31T02:30', 'Europe/Berlin').toISOString()).toBe('2027-10-31T00:30:00.000Z');
    expect(zonedLocalToUtc('2027-03-28T02:30', 'Europe/Berlin').toISOString()).toBe('2027-03-28T01:30:00.000Z');
  });

  it('round-trips with utcToZonedLocal and rejects nonsense', () => {
    expect(utcToZonedLocal(zonedLocalToUtc('2027-12-31T23:45', 'Asia/Seoul'), 'Asia/Seoul')).toBe('2027-12-31T23:45');
    expect(() => zonedLocalToUtc('2027-02-30T10:00', 'Asia/Tokyo')).toThrow(RangeError);
    expect(() => zonedLocalToUtc('2027-02-03T10:00', 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('event editor schema', () => {
  it('requires the source language in full and a title for any other started language, and the end after the start', () => {
    const input = fullEvent('x');
    input.sourceLocale = 'zh';
    input.translations.ko = { ...input.translations.ko, summary: '', city: '' }; // a draft translation: accepted
    input.translations.ja = { ...input.translations.ja, title: '' }; // started, but with no title
    input.translations.zh = { ...input.translations.zh, summary: '' };
    input.endsAt = '2000-01-01T00:00';
    const result = eventSchema.safeParse(input);
    const paths = result.error!.issues.map((i) => `${i.path.join('.')}:${i.message}`);
    expect(paths).toEqual(expect.arrayContaining(['translations.zh.summary:required', 'translations.ja.title:required', 'endsAt:endBeforeStart']));
    expect(paths.filter((p) => p.startsWith('translations.ko'))).toEqual([]);
  });

  it('keeps a title-only translation as a draft the public does not read (#18 U4)', () => {
    const input = fullEvent('x');
    input.sourceLocale = 'en';
    input.translations.ru = { ...input.translations.ru, summary: '', city: '', venueName: '', body: '', coHosts: '' };
    expect(eventSchema.safeParse(input).success).toBe(true);
  });

  it('marks each language complete, partial or missing', () => {
    const input = fullEvent('x');
    input.translations.ru = { ...input.translations.ru, summary: '' };
    input.translations.ja = blankEvent('zh').translations.ja;
    input.program = [{ ...input.program[0]!, title: { ...input.program[0]!.title, ja: '' } }];
    input.visits = input.visits!.map((v) => ({ ...v, title: { zh: 'x' }, meetingPoint: { zh: 'y' }, stops: [] }));
    expect(completeness(input, 'zh').state).toBe('complete');
    expect(completeness(input, 'ru')).toMatchObject({ state: 'partial' });
    expect(completeness(input, 'ja').state).toBe('missing');
  });
});

describe.each(drivers)('event editor save [%s]', (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(() => t.close());

  const save = (input: EventInput) => saveEvent(t.db, null, eventSchema.parse(input));

  it('creates a draft with five translations, program, visit and stops, times in the event zone', async () => {
    const input = fullEvent('editor-create');
    const result = await save(input);
    if (result.kind !== 'ok') throw new Error(result.kind);
    const [event] = await t.db.select().from(events).where(eq(events.id, result.id));
    expect(event!.status).toBe('draft');
    expect(utcToZonedLocal(event!.startsAt, 'Asia/Shanghai')).toBe(input.startsAt);
    const translations = await t.db.select().from(eventTranslations).where(eq(eventTranslations.eventId, result.id));
    expect(translations.map((r) => r.locale).sort()).toEqual([...LOCALES].sort());
    expect(translations.find((r) => r.locale === 'ja')!.coHosts).toEqual(['CCPIT Jilin', 'JETRO']);
    const [visit] = await t.db.select().from(visits).where(eq(visits.eventId, result.id));
    expect(await t.db.$count(itineraryStops, eq(itineraryStops.visitId, visit!.id))).toBe(1);
    expect(await t.db.$count(auditEntries, eq(auditEntries.entityId, result.id))).toBe(1);
  });

  it('updates in place: visit ids stay, delegates keep their seats and a changed visit is reported', async () => {
    const created = await save(fullEvent('editor-update'));
    if (created.kind !== 'ok') throw new Error(created.kind);
    expect(await setEventStatus(t.db, null, created.id, 'publish')).toMatchObject({ kind: 'ok', status: 'published' });
    const [visitId] = created.visitIds;
    const booked = await registerDelegate(t.db, 'editor-update', 'ko', parse(delegate(1, { visitIds: [visitId!] })));
    expect(booked).toMatchObject({ kind: 'registered', status: 'confirmed' });

    const loaded = await loadEventEditor(t.db, created.id, 'en');
    const values = loaded!.values;
    const visit = values.visits![0]!;
    values.visits = [
      {
        ...visit,
        meetingPoint: { ...visit.meetingPoint, ja: '新しい集合場所' },
        stops: [...visit.stops!, blankStop(visit.endsAt)].map((s) => ({ ...s, place: all('Port') })),
      },
      { ...blankVisit(visit.startsAt), endsAt: visit.endsAt, title: all('Exhibition centre'), meetingPoint: all('Gate 2') },
    ];
    const updated = await save(values);
    if (updated.kind !== 'ok') throw new Error(updated.kind);
    expect(updated.visitIds[0]).toBe(visitId);
    expect(updated.changedVisits).toEqual([visitId]);
    // What the route does next: the visit's delegate is sent an updated itinerary.
    expect(await queueItineraries(t.db, created.id, { visitIds: updated.changedVisits, update: true })).toBe(1);
    const [mail] = await t.db.select().from(outboundEmails).where(eq(outboundEmails.kind, 'itinerary'));
    expect(mail!.payload).toMatchObject({ update: true });
    const rows = await t.db.select().from(visits).where(eq(visits.eventId, created.id)).orderBy(asc(visits.position));
    expect(rows.map((r) => r.id)).toEqual(updated.visitIds);
    expect(rows[0]!.meetingPoint.ja).toBe('新しい集合場所');
    expect(await t.db.$count(itineraryStops, eq(itineraryStops.visitId, visitId!))).toBe(2);
    const [event] = await t.db.select().from(events).where(eq(events.id, created.id));
    expect(event!.status).toBe('published');

    // Saving again unchanged is no reason to send itineraries.
    const again = await save((await loadEventEditor(t.db, created.id, 'en'))!.values);
    expect(again).toMatchObject({ kind: 'ok', changedVisits: [] });
  });

  it('refuses a slug another event already has, and keeps the event as it was', async () => {
    const first = await save(fullEvent('editor-taken'));
    const other = await save(fullEvent('editor-other'));
    if (first.kind !== 'ok' || other.kind !== 'ok') throw new Error('not saved');
    expect(await save(fullEvent('editor-taken'))).toEqual({ kind: 'slugTaken' });
    const renamed = { ...(await loadEventEditor(t.db, other.id, 'en'))!.values, slug: 'editor-taken' };
    expect(await save(renamed)).toEqual({ kind: 'slugTaken' });
    const [row] = await t.db.select().from(events).where(eq(events.id, other.id));
    expect(row!.slug).toBe('editor-other');
  });

  it('refuses to delete a visit that has registrations, and deletes one that has none', async () => {
    const input = fullEvent('editor-delete');
    input.visits = [...input.visits!, { ...input.visits![0]!, title: all('Port') }];
    const created = await save(input);
    if (created.kind !== 'ok') throw new Error(created.kind);
    await setEventStatus(t.db, null, created.id, 'publish');
    const [booked, free] = created.visitIds;
    await registerDelegate(t.db, 'editor-delete', 'ru', parse(delegate(2, { visitIds: [booked!] })));

    const values = (await loadEventEditor(t.db, created.id, 'en'))!.values;
    expect(await save({ ...values, visits: values.visits!.filter((v) => v.visitId !== booked) })).toEqual({ kind: 'visitHasRegistrations', visitId: booked });
    expect(await t.db.$count(visits, eq(visits.eventId, created.id))).toBe(2);

    const kept = await save({ ...values, visits: values.visits!.filter((v) => v.visitId !== free) });
    expect(kept).toMatchObject({ kind: 'ok', visitIds: [booked] });
    expect(await t.db.$count(visits, eq(visits.eventId, created.id))).toBe(1);
  });
});
