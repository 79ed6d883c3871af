import ICAL from 'ical.js';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import type { MailContext } from '@/lib/mail-context';
import { type OutboundEmail } from '@/db/schema';
import { LOCALES, type Locale } from '@/i18n/locales';
import { composeEmail, type ComposedEmail } from '@/server/mail/compose';
import { mayEnter, registrationCalendar, visitSeatShown } from '@/lib/status-truth';
import en from '@/messages/en.json';
import ja from '@/messages/ja.json';
import ko from '@/messages/ko.json';
import ru from '@/messages/ru.json';
import zh from '@/messages/zh.json';

const catalogues = { zh, en, ko, ja, ru } as const;
const say = (locale: Locale, message: string, values: Record<string, string> = {}) => String(new IntlMessageFormat(message, locale).format(values));

const REGISTRATION_ID = '00000000-0000-4000-8000-000000000001';
const EVENT_ID = '00000000-0000-4000-8000-0000000000e1';
const VISIT_ID = '00000000-0000-4000-8000-0000000000a1';

function context(
  locale: Locale,
  status: string,
  kind: string,
  options: { contact?: boolean; eventStatus?: string; seat?: 'confirmed' | 'waitlisted' } = {},
): MailContext {
  const contact = options.contact ?? true;
  return {
    registration: {
      id: REGISTRATION_ID,
      reference: 'K7QM-3XPA',
      status,
      locale,
      tokenVersion: 1,
      honorific: null,
      familyName: '王',
      givenName: '晓明',
      patronymic: null,
      latinFamilyName: 'WANG',
      email: 'wang@example.org',
    },
    event: {
      id: EVENT_ID,
      slug: 'test',
      kind,
      status: options.eventStatus ?? 'published',
      startsAt: '2027-06-15T01:00:00.000Z',
      endsAt: '2027-06-16T09:00:00.000Z',
      timeZone: 'Asia/Shanghai',
      title: 'Test event',
      venueName: 'Hall',
      venueAddress: '1 Road',
      city: 'Changchun',
      lang: locale,
      contactName: contact ? 'Piao Chenghao' : null,
      contactPhone: contact ? '+86 431 8562 0322' : null,
      contactEmail: contact ? 'talks@example.org' : null,
    },
    visits: [
      {
        id: VISIT_ID,
        startsAt: '2027-06-17T00:30:00.000Z',
        endsAt: '2027-06-17T04:30:00.000Z',
        status: options.seat ?? (status === 'waitlisted' ? 'waitlisted' : 'confirmed'),
        title: { text: 'FAW Hongqi works', lang: locale },
        meetingPoint: { text: 'North gate', lang: locale },
        transport: null,
        stops: [{ at: '2027-06-17T00:30:00.000Z', place: { text: 'North gate', lang: locale }, activity: null }],
      },
    ],
  };
}

const row = (kind: string, locale: Locale, payload: Record<string, unknown> = {}) =>
  ({ id: 1, kind, locale, payload, toAddress: 'wang@example.org' }) as unknown as OutboundEmail;

function calendar(mail: ComposedEmail) {
  const file = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  if (!file) return null;
  const root = new ICAL.Component(ICAL.parse(String(file.content)));
  const vevent = root.getFirstSubcomponent('vevent')!;
  return {
    method: root.getFirstPropertyValue('method'),
    status: vevent.getFirstPropertyValue('status'),
    uid: vevent.getFirstPropertyValue('uid'),
    description: String(vevent.getFirstPropertyValue('description') ?? ''),
  };
}

const hasQr = (mail: ComposedEmail) => mail.attachments.some((a) => a.cid === 'reference-qr');
const entranceHints = (locale: Locale) => ['conference', 'delegation'].map((kind) => say(locale, catalogues[locale].Email.entranceHint, { kind }));
const seatText = (locale: Locale, status: string) => say(locale, catalogues[locale].Email.visitSeat, { status });

describe('what a status lets the portal say (lib/status-truth)', () => {
  it('counts a visit seat only once the registration is confirmed', () => {
    expect(visitSeatShown('confirmed', 'confirmed')).toBe('confirmed');
    expect(visitSeatShown('pending', 'confirmed')).toBe('held');
    expect(visitSeatShown('pending', 'waitlisted')).toBe('waitlisted');
    expect(mayEnter('pending', 'published')).toBe(false);
    expect(mayEnter('confirmed', 'cancelled')).toBe(false);
    expect(registrationCalendar('pending', 'published')).toBe('TENTATIVE');
    expect(registrationCalendar('waitlisted', 'published')).toBeNull();
  });
});

describe.each(LOCALES)('registration e-mails in %s', (locale) => {
  const m = catalogues[locale].Email;
  const cases = [
    { status: 'confirmed', qr: true, ics: 'CONFIRMED', seat: 'confirmed' },
    { status: 'pending', qr: false, ics: 'TENTATIVE', seat: 'held' },
    { status: 'waitlisted', qr: false, ics: null, seat: 'waitlisted' },
  ] as const;

  it.each(cases)('a $status confirmation: QR $qr, calendar $ics, visit "$seat"', async ({ status, qr, ics, seat }) => {
    for (const kind of ['conference', 'delegation']) {
      const mail = await composeEmail(row('confirmation', locale, { status }), context(locale, status, kind));
      expect(hasQr(mail)).toBe(qr);
      for (const hint of entranceHints(locale)) expect(mail.text.includes(hint)).toBe(qr && hint === say(locale, m.entranceHint, { kind }));
      expect(calendar(mail)?.status ?? null).toBe(ics);
      expect(mail.text).toContain(seatText(locale, seat));
      const visitLine = mail.text.split('\n').find((l) => l.includes('FAW Hongqi works'))!;
      expect(visitLine).toContain(seatText(locale, seat));
      if (seat !== 'confirmed') expect(visitLine).not.toContain(seatText(locale, 'confirmed'));
      expect(mail.text).toContain(m.statusLabel[status]);
    }
  });

  it('approval and promotion confirm; promotion to review does not', async () => {
    const approved = await composeEmail(row('approved', locale, { status: 'confirmed' }), context(locale, 'confirmed', 'talks'));
    expect(calendar(approved)).toMatchObject({ method: 'PUBLISH', status: 'CONFIRMED', uid: `event-${EVENT_ID}-${REGISTRATION_ID}@localhost` });
    expect(calendar(approved)!.description).toContain('K7QM-3XPA');
    expect(hasQr(approved)).toBe(true);
    const review = await composeEmail(row('promoted', locale, { status: 'pending' }), context(locale, 'pending', 'talks'));
    expect(review.subject).toBe(say(locale, m.subjects.promotedPending, { title: 'Test event', reference: 'K7QM-3XPA' }));
    expect(hasQr(review)).toBe(false);
    expect(calendar(review)?.status).toBe('TENTATIVE');
  });

  it('an itinerary for a registration still under review says so, and its calendar entries are tentative', async () => {
    const pending = await composeEmail(row('itinerary', locale), context(locale, 'pending', 'delegation'));
    expect(pending.text).toContain(m.itinerary.pendingNote);
    expect(calendar(pending)?.status).toBe('TENTATIVE');
    const confirmed = await composeEmail(row('itinerary', locale), context(locale, 'confirmed', 'delegation'));
    expect(confirmed.text).not.toContain(m.itinerary.pendingNote);
    expect(calendar(confirmed)).toMatchObject({ status: 'CONFIRMED', uid: `visit-${VISIT_ID}-${REGISTRATION_ID}@localhost` });
  });

  it.each(['cancelled', 'rejected'])('a %s registration gets a calendar cancellation for the same entry and no QR', async (kind) => {
    const mail = await composeEmail(row(kind, locale), context(locale, kind, 'conference'));
    expect(hasQr(mail)).toBe(false);
    expect(calendar(mail)).toMatchObject({ method: 'CANCEL', status: 'CANCELLED', uid: `event-${EVENT_ID}-${REGISTRATION_ID}@localhost` });
  });

  it("a cancelled event: one notice in the delegate's language, a calendar cancellation, no QR, no link to act on", async () => {
    for (const kind of ['conference', 'delegation']) {
      const mail = await composeEmail(row('eventCancelled', locale), context(locale, 'confirmed', kind, { eventStatus: 'cancelled' }));
      expect(mail.subject).toBe(say(locale, m.subjects.eventCancelled, { kind, title: 'Test event', reference: 'K7QM-3XPA' }));
      expect(mail.text).toContain(say(locale, m.intro.eventCancelled, { kind }));
      expect(hasQr(mail)).toBe(false);
      expect(mail.text).not.toMatch(/\/registration\//);
      expect(calendar(mail)).toMatchObject({ method: 'CANCEL', status: 'CANCELLED', uid: `event-${EVENT_ID}-${REGISTRATION_ID}@localhost` });
      const visitFile = mail.attachments.find((f) => f.filename === 'visit-1.ics')!;
      expect(calendar({ ...mail, attachments: [visitFile] })).toMatchObject({
        method: 'CANCEL',
        status: 'CANCELLED',
        uid: `visit-${VISIT_ID}-${REGISTRATION_ID}@localhost`,
      });
    }
  });

  it('a cancelled visit: named in the notice, removed from the calendar by its itinerary UID', async () => {
    const visit = {
      id: VISIT_ID,
      title: { zh: '一汽红旗工厂', en: 'FAW Hongqi works', ko: 'FAW 훙치 공장', ja: '第一汽車 紅旗工場', ru: 'Завод Hongqi' },
      startsAt: '2027-06-17T00:30:00.000Z',
      endsAt: '2027-06-17T04:30:00.000Z',
    };
    const mail = await composeEmail(row('visitCancelled', locale, { visit }), context(locale, 'confirmed', 'delegation'));
    const title = visit.title[locale];
    expect(mail.subject).toBe(say(locale, m.subjects.visitCancelled, { visit: title, reference: 'K7QM-3XPA' }));
    expect(mail.text).toContain(say(locale, m.intro.visitCancelled, { kind: 'delegation' }));
    expect(calendar(mail)).toMatchObject({ method: 'CANCEL', status: 'CANCELLED', uid: `visit-${VISIT_ID}-${REGISTRATION_ID}@localhost` });
  });

  it("every e-mail names the event contact and a sender in the delegate's language; the footer points only to a contact that is there", async () => {
    for (const kind of ['confirmation', 'itinerary', 'eventCancelled', 'changed']) {
      const mail = await composeEmail(row(kind, locale, { status: 'confirmed' }), context(locale, 'confirmed', 'conference'));
      expect(mail.fromName).toBe(m.senderName);
      for (const line of [
        say(locale, m.contact.name, { name: 'Piao Chenghao' }),
        say(locale, m.contact.phone, { phone: '+86 431 8562 0322' }),
        say(locale, m.contact.email, { email: 'talks@example.org' }),
      ]) {
        expect(mail.text, kind).toContain(line);
      }
      expect(mail.text).toContain(m.footerContact);
      const bare = await composeEmail(row(kind, locale, { status: 'confirmed' }), context(locale, 'confirmed', 'conference', { contact: false }));
      expect(bare.text).toContain(m.footerNoContact);
      expect(bare.text).not.toContain(m.footerContact);
      expect(bare.text).not.toContain(m.contact.heading);
    }
  });

  it('closes the letter with the closing and the signer on lines of their own, in the text part too', async () => {
    const mail = await composeEmail(row('confirmation', locale, { status: 'confirmed' }), context(locale, 'confirmed', 'conference'));
    const lines = mail.text.split('\n').map((l) => l.trim());
    const sign = [...m.closing.split('\n'), m.signedBy];
    const at = lines.indexOf(sign[0]!);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(lines.slice(at, at + sign.length)).toEqual(sign);
  });
});

describe('Chinese letter convention', () => {
  it('writes 此致 and 敬礼！ on two lines and signs for the council, not an organizing committee', async () => {
    const mail = await composeEmail(row('confirmation', 'zh', { status: 'confirmed' }), context('zh', 'confirmed', 'conference'));
    expect(mail.text).toMatch(/此致\s*\n\s*敬礼！\s*\n\s*中国国际贸易促进委员会吉林省分会/);
    expect(mail.text).not.toContain('组委会\n');
    expect(mail.text).not.toMatch(/分会组委会/);
  });
});

describe('a delegation trip is not a conference', () => {
  const conferenceWords: Record<Locale, RegExp> = {
    en: /conference|entrance|speaker|\bseat\b/i,
    zh: /参会|入场|会议|演讲/,
    ja: /会場|入場|会議|登壇/,
    ko: /입장|회의|연사/,
    ru: /конференц|на входе|докладчик/i,
  };
  it.each(LOCALES)('%s: confirmation and manage-page texts for a trip use no conference words', (locale) => {
    const c = catalogues[locale];
    const texts = [
      say(locale, c.Email.intro.confirmedPlace, { kind: 'delegation' }),
      say(locale, c.Email.intro.promotedPlace, { kind: 'delegation' }),
      say(locale, c.Email.entranceHint, { kind: 'delegation' }),
      say(locale, c.ManagePage.nextStep, { status: 'confirmed', kind: 'delegation' }),
      say(locale, c.EventPage.programSpeaker, { kind: 'delegation' }),
      say(locale, c.EventPage.programPlace, { kind: 'delegation' }),
      say(locale, c.EventPage.visitsLeadByKind, { kind: 'delegation' }),
      say(locale, c.EventPage.cancelledNotified, { kind: 'delegation' }),
      say(locale, c.Email.intro.waitlistedPlace, { kind: 'delegation' }),
      say(locale, c.Email.intro.promotedPendingPlace, { kind: 'delegation' }),
      say(locale, c.Email.whereByKind, { kind: 'delegation' }),
      say(locale, c.RegisterPage.waitlistNoticeByKind, { kind: 'delegation' }),
      say(locale, c.Registration.placesLeft, { kind: 'delegation', count: '3' }),
      say(locale, c.Registration.waitlistByKind, { kind: 'delegation' }),
      say(locale, c.RegistrationForm.sections.participationByKind, { kind: 'delegation' }),
      say(locale, c.ManagePage.cancelBody),
    ];
    for (const text of texts) expect(text).not.toMatch(conferenceWords[locale]);
  });
});
