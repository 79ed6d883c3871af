import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadManagedRegistration } from '@/db/queries/manage';
import { registerDelegate } from '@/db/queries/registrations';
import { visits } from '@/db/schema';
import { venueLine } from '@/lib/format';
import { registrationSchema } from '@/lib/validations/registration';
import { drivers, openTestDatabase, type TestDatabase } from './db-harness';
import { delegate, openEvent, parse } from './fixtures';

describe('what the delegate reads about places and choices', () => {
  it('names the city once, not again after a venue or address that already names it', () => {
    expect(venueLine('창춘 샹그릴라 호텔', '', '창춘')).toBe('창춘 샹그릴라 호텔');
    expect(venueLine('Отель «Шангри-Ла» (Чанчунь)', 'Китай, провинция Цзилинь, г. Чанчунь, проспект Сиань, 569', 'Чанчунь')).toBe(
      'Отель «Шангри-Ла» (Чанчунь), Китай, провинция Цзилинь, г. Чанчунь, проспект Сиань, 569',
    );
    expect(venueLine('Азимут Отель', '', 'Владивосток')).toBe('Азимут Отель, Владивосток');
  });

  it('asks to choose, not to fill in, when a drop-down is left empty', () => {
    const result = registrationSchema.safeParse({ ...delegate(1), country: '', delegationType: '' });
    const byField = Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path[0], i.message]));
    expect(byField).toMatchObject({ country: 'choose', delegationType: 'choose' });
  });
});

describe.each(drivers)("the delegate's own page [%s]", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(() => t.close());

  it('lists the chosen visits in the order they happen, whatever order they were ticked in', async () => {
    // Seats are taken in id order; with six visits that order matches the calendar by chance once in 720 runs.
    const { id, slug } = await openEvent(t.db, { visits: [5, 5, 5, 5, 5, 5] });
    const inTime = (await t.db.select().from(visits).where(eq(visits.eventId, id)).orderBy(asc(visits.startsAt))).map((v) => v.id);
    const result = await registerDelegate(t.db, slug, 'ru', parse(delegate(1, { visitIds: [...inTime].reverse() })));
    if (result.kind !== 'registered') throw new Error('not registered');
    const mine = await loadManagedRegistration(t.db, result.token, 'ru');
    expect(mine?.visits.map((v) => v.visitId)).toEqual(inTime);
  });
});
