import { describe, expect, it } from 'vitest';
import type { MailContext } from '@/lib/mail-context';
import type { OutboundEmail } from '@/db/schema';
import type { Locale } from '@/i18n/locales';
import { composeEmail } from '@/server/mail/compose';

/** A confirmation for the Vladivostok trip (five days, Vladivostok time), composed without a database. */
function confirmation(locale: Locale, person: Partial<MailContext['registration']>, kind = 'confirmation', visits: unknown[] = []) {
  const context = {
    registration: {
      id: '00000000-0000-4000-8000-000000000001',
      reference: 'TBGG-WQPC',
      status: 'confirmed',
      locale,
      tokenVersion: 1,
      honorific: null,
      familyName: 'Петрова',
      givenName: 'Анна',
      patronymic: null,
      latinFamilyName: 'PETROVA',
      email: 'a@example.org',
      ...person,
    },
    event: {
      id: '00000000-0000-4000-8000-000000000002',
      slug: 'trip',
      startsAt: '2027-04-18T23:00:00.000Z',
      endsAt: '2027-04-23T05:00:00.000Z',
      timeZone: 'Asia/Vladivostok',
      title: 'Trip',
      venueName: 'AZIMUT',
      venueAddress: 'Naberezhnaya 10',
      city: 'Vladivostok',
      lang: locale,
      contactName: null,
      contactPhone: null,
      contactEmail: null,
    },
    visits,
  } as unknown as MailContext;
  const row = { id: 1, kind, locale, payload: { status: 'confirmed' } } as unknown as OutboundEmail;
  return composeEmail(row, context);
}

describe('e-mails greet and date as each language does', () => {
  it('greets a Russian delegate by name and patronymic with the form her title gives', async () => {
    const mail = await confirmation('ru', { honorific: 'ms', patronymic: 'Сергеевна' });
    expect(mail.text).toContain('Уважаемая Анна Сергеевна!');
    expect(mail.text).not.toContain('Петрова!');
  });

  it('greets a Chinese delegate with the title after a name written without a space', async () => {
    const mail = await confirmation('zh', { familyName: '王', givenName: '晓明', latinFamilyName: 'WANG', honorific: 'mr' });
    expect(mail.text).toContain('尊敬的王晓明先生：');
  });

  it('gives a five-day trip its first and last moment in its own zone, named as readers name it', async () => {
    const ru = await confirmation('ru', {});
    expect(ru.text.replace(/\s+/g, ' ')).toContain('19 апреля 2027 г. в 09:00 – 23 апреля 2027 г. в 15:00, владивостокское время (пекинское +2 ч)');
    const ko = await confirmation('ko', { familyName: '김', givenName: '민준' });
    expect(ko.text).toContain('2027년 4월 19일 09:00 ~ 2027년 4월 23일 15:00, 블라디보스토크 시간(중국 표준시 +2시간)');
    expect(ko.text).not.toMatch(/AM|PM|GMT/);
    const zh = await confirmation('zh', { familyName: '王', givenName: '晓明' });
    expect(zh.text).toContain('2027年4月19日 09:00至2027年4月23日 15:00，符拉迪沃斯托克时间（比北京时间快2小时）');
  });

  it('names the zone on each itinerary day outside Beijing time, so 09:00 in Vladivostok is not read as Beijing time', async () => {
    const shown = (text: string) => ({ text, lang: 'ru' });
    const visit = {
      id: 'v1',
      startsAt: '2027-04-20T23:00:00Z',
      endsAt: '2027-04-21T05:30:00Z',
      status: 'confirmed',
      title: shown('Порт Владивосток'),
      meetingPoint: shown('Лобби отеля'),
      transport: null,
      stops: [{ at: '2027-04-20T23:00:00Z', place: shown('Лобби отеля'), activity: null }],
    };
    const mail = await confirmation('ru', { patronymic: 'Сергеевна', honorific: 'ms' }, 'itinerary', [visit]);
    expect(mail.text).toContain('21 апреля 2027 г., владивостокское время (пекинское +2 ч)');
    expect(mail.text).toContain('09:00');
  });
});
