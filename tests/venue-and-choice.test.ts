import { describe, expect, it } from 'vitest';
import { venueLine } from '@/lib/format';
import { registrationSchema } from '@/lib/validations/registration';
import { delegate } from './fixtures';

describe('what the delegate reads about places and choices', () => {
  it('names the city once, not again after a venue or address that already names it', () => {
    expect(venueLine('창춘 샹그릴라 호텔', '', '창춘')).toBe('창춘 샹그릴라 호텔');
    expect(venueLine('Отель «Шангри-Ла» (Чанчунь)', 'Китай, провинция Цзилинь, г. Чанчунь, проспект Сиань, 569', 'Чанчунь'))
      .toBe('Отель «Шангри-Ла» (Чанчунь), Китай, провинция Цзилинь, г. Чанчунь, проспект Сиань, 569');
    expect(venueLine('Азимут Отель', '', 'Владивосток')).toBe('Азимут Отель, Владивосток');
  });

  it('asks to choose, not to fill in, when a drop-down is left empty', () => {
    const result = registrationSchema.safeParse({ ...delegate(1), country: '', delegationType: '' });
    const byField = Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path[0], i.message]));
    expect(byField).toMatchObject({ country: 'choose', delegationType: 'choose' });
  });
});
