import { describe, expect, it } from 'vitest';
import { pickRow, pickText } from '@/lib/localized';
import { registrationState } from '@/lib/registration-state';

describe('translation fallback', () => {
  it('uses the reader language when it exists', () => {
    expect(pickText({ zh: '开幕式', ja: '開会式' }, 'ja', 'zh')).toEqual({ text: '開会式', lang: 'ja' });
  });

  it('falls back to the event source language and says which language it is', () => {
    expect(pickText({ zh: '开幕式', en: 'Opening' }, 'ko', 'zh')).toEqual({ text: '开幕式', lang: 'zh' });
    expect(pickText({ en: 'Opening' }, 'ko', 'zh')).toEqual({ text: 'Opening', lang: 'en' });
    expect(pickText({ ru: '' }, 'ru', 'zh')).toBeNull();
  });

  it('picks a translation row the same way', () => {
    const rows = [
      { locale: 'en' as const, title: 'A' },
      { locale: 'zh' as const, title: '甲' },
    ];
    expect(pickRow(rows, 'ru', 'zh')?.title).toBe('甲');
    expect(pickRow(rows, 'en', 'zh')?.title).toBe('A');
  });
});

describe('registration state', () => {
  const base = {
    status: 'published' as const,
    startsAt: new Date('2027-06-15T01:00:00Z'),
    endsAt: new Date('2027-06-16T09:00:00Z'),
    capacity: 10,
    registrationOpensAt: new Date('2026-11-01T00:00:00Z'),
    registrationClosesAt: new Date('2027-06-01T00:00:00Z'),
    seatsTaken: 0,
  };
  const now = new Date('2027-01-01T00:00:00Z');

  it('counts the seats left while open', () => {
    expect(registrationState({ ...base, seatsTaken: 3 }, now)).toMatchObject({ kind: 'open', seatsLeft: 7 });
  });
  it('offers only the wait list when full', () => {
    expect(registrationState({ ...base, seatsTaken: 10 }, now).kind).toBe('waitlist');
  });
  it('says when registration opens, and when it has closed', () => {
    expect(registrationState(base, new Date('2026-10-01T00:00:00Z')).kind).toBe('opens');
    expect(registrationState(base, new Date('2027-06-02T00:00:00Z')).kind).toBe('closed');
  });
  it('marks cancelled and past events', () => {
    expect(registrationState({ ...base, status: 'cancelled' }, now).kind).toBe('cancelled');
    expect(registrationState(base, new Date('2027-07-01T00:00:00Z')).kind).toBe('past');
  });
});
