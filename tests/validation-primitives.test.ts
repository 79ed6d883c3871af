import { describe, expect, it } from 'vitest';
import { announcementSchema } from '@/lib/announcements';
import { isUuid } from '@/lib/ids';
import { issueAccessCodeSchema } from '@/lib/validations/access-code';
import { attendeeFilterSchema } from '@/lib/validations/attendee-filter';
import { letterSettingsSchema } from '@/lib/validations/letter-settings';
import { localized, optionalText, text } from '@/lib/validations/primitives';
import { answersSchema, type FormQuestion, questionsEditorSchema } from '@/lib/validations/questions';
import { registrationSchema } from '@/lib/validations/registration';
import { travelSchema } from '@/lib/validations/travel';
import { newAccountSchema } from '@/lib/validations/account';
import { consulate, reasonSchema } from '@/lib/validations/visa';
import { delegate } from './fixtures';

/** Characters one of the old copies let through and the shared rule refuses (code review §6.8). */
const INVISIBLE = { LRM: '\u200E', RLM: '\u200F', ALM: '\u061C', ZWSP: '\u200B', WJ: '\u2060', MVS: '\u180E' };
const firstError = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe('the shared free-text primitive', () => {
  it('normalizes, trims and limits, in one place', () => {
    expect(text(10).parse('  Cafe\u0301 ')).toBe('Café');
    expect(firstError(text(3).safeParse('abcd'))).toBe('tooLong');
    expect(firstError(text(10).safeParse(undefined))).toBe('required');
    expect(firstError(text(10).safeParse(42))).toBe('invalid');
    expect(optionalText(10).parse(undefined)).toBe('');
  });
  it('takes line breaks and tabs only in multi-line fields', () => {
    expect(firstError(text(20).safeParse('one\ntwo'))).toBe('invalidCharacters');
    expect(text(20, { multiline: true }).parse('one\n\ttwo')).toBe('one\n\ttwo');
  });
  it.each(Object.entries(INVISIBLE))('refuses %s on one line and in a text area', (_, c) => {
    expect(firstError(text(20).safeParse(`a${c}b`))).toBe('invalidCharacters');
    expect(firstError(text(20, { multiline: true }).safeParse(`a${c}b`))).toBe('invalidCharacters');
  });
  it('keeps the characters real text needs: ZWJ in emoji, CJK spaces, the soft hyphen', () => {
    for (const v of ['👩\u200D💻', '中国　北京', 'Über\u00ADsee', 'ＡＢＣ']) expect(text(20).safeParse(v).success, v).toBe(true);
  });
  it('a per-language text drops the empty languages', () => {
    expect(localized(50).parse({ zh: ' 北京 ', en: '', ko: undefined })).toEqual({ zh: '北京' });
  });
});

describe('what changes for a person: now refused where an old copy let it through', () => {
  it('travel: a date that is no day of the calendar is refused, not thrown', () => {
    for (const arrivalDate of ['2026-13-45', '2026-02-30', '2026-1-5'])
      expect(firstError(travelSchema.safeParse({ arrivalDate })), arrivalDate).toBe('invalidDate');
    expect(travelSchema.safeParse({ arrivalDate: '2026-02-28' }).success).toBe(true);
  });
  it.each(Object.entries(INVISIBLE))('travel: an arrival place with %s', (_, c) => {
    const result = travelSchema.safeParse({ arrivalPlace: `PEK${c}` });
    expect(result.error?.issues[0]?.path).toEqual(['arrivalPlace']);
    expect(firstError(result)).toBe('invalidCharacters');
  });
  it.each(Object.entries(INVISIBLE))('visa letter: a consulate with %s', (_, c) => {
    expect(firstError(consulate.safeParse(`Consulate in Vladivostok${c}`))).toBe('invalidCharacters');
  });
  const question = (kind: FormQuestion['kind']): FormQuestion => ({
    id: '00000000-0000-4000-8000-000000000001',
    kind,
    required: false,
    delegationTypes: [],
    label: { en: 'Q' },
    options: [],
  });
  const answer = (kind: FormQuestion['kind'], value: string) => answersSchema([question(kind)], undefined).safeParse({ [question(kind).id]: value });
  it.each(Object.entries(INVISIBLE))('questions: an answer with %s', (_, c) => {
    expect(firstError(answer('shortText', `yes${c}`))).toBe('invalidCharacters');
    expect(firstError(answer('longText', `yes${c}`))).toBe('invalidCharacters');
  });
  it('questions: a short answer is one line; a long one keeps its lines and tabs', () => {
    expect(firstError(answer('shortText', 'one\ttwo'))).toBe('invalidCharacters');
    expect(answer('longText', 'one\n\ttwo').success).toBe(true);
  });
  const editor = (label: string) =>
    questionsEditorSchema.safeParse({
      eventId: '00000000-0000-4000-8000-000000000002',
      questions: [{ kind: 'shortText', label: { en: label } }],
    });
  it('questions editor: a label is one line and has no bidi marks', () => {
    expect(firstError(editor('Diet\u200F'))).toBe('invalidCharacters');
    expect(firstError(editor('Diet\nsecond line'))).toBe('invalidCharacters');
    expect(editor('Diet').success).toBe(true);
  });
  const announcement = (fields: Record<string, string>) =>
    announcementSchema.safeParse({
      eventId: '00000000-0000-4000-8000-000000000003',
      idempotencyKey: '00000000-0000-4000-8000-000000000004',
      sourceLocale: 'en',
      audienceKind: 'all',
      subject_en: 'Bus times',
      body_en: 'The bus leaves at 8.\n\nBring your badge.',
      ...fields,
    });
  it('announcements: controls and bidi marks are refused, a body keeps its lines (it had no rule at all)', () => {
    expect(announcement({}).success).toBe(true);
    expect(firstError(announcement({ subject_en: 'Bus\u202Etimes' }))).toBe('invalidCharacters');
    expect(firstError(announcement({ subject_en: 'Bus\ntimes' }))).toBe('invalidCharacters');
    expect(firstError(announcement({ body_en: 'Leaves\u200E at 8' }))).toBe('invalidCharacters');
    expect(firstError(announcement({ subject_en: 'x'.repeat(201) }))).toBe('tooLong');
    expect(announcement({ subject_en: ' Cafe\u0301 ' }).data?.subject_en).toBe('Café');
  });
  it('letter settings and access codes: a signatory or an organization with hidden characters (no rule before)', () => {
    expect(letterSettingsSchema.safeParse({ signatoryName: 'Li\u200BMing' }).success).toBe(false);
    expect(letterSettingsSchema.parse({ signatoryName: ' Li Ming ', signatoryTitleZh: '' })).toEqual({ signatoryName: 'Li Ming' });
    const code = (organization: string) => issueAccessCodeSchema.safeParse({ eventId: '00000000-0000-4000-8000-000000000005', organization, quota: '5' });
    expect(firstError(code('Port\u202EAuthority'))).toBe('invalidCharacters');
    expect(firstError(code('   '))).toBe('required');
  });
  it('letters: a refusal reason the delegate reads refuses controls, keeps line breaks', () => {
    expect(firstError(reasonSchema.safeParse('Passport\u0007 expired'))).toBe('invalidCharacters');
    expect(reasonSchema.parse('Passport expired.\nPlease renew it.')).toBe('Passport expired.\nPlease renew it.');
  });
  it('registration: unchanged, still refusing the bidi marks in names and multi-line needs', () => {
    const result = registrationSchema.safeParse({ ...delegate(1), organization: `Port\u200FAuthority`, dietaryNeeds: 'No nuts\nNo pork' });
    expect(result.error?.issues.map((i) => [i.path[0], i.message])).toEqual([['organization', 'invalidCharacters']]);
  });
  it('accounts: a name of symbols or blanks alone is asked for in letters; direction marks are refused', () => {
    const account = (name: string) =>
      firstError(newAccountSchema.safeParse({ name, email: 'desk@example.org', role: 'checkin', password: 'desk-password-2026' }));
    expect(account('---')).toBe('noLetters');
    expect(account('Desk\u202Eone')).toBe('invalidCharacters');
    expect(account('  ')).toBe('required');
    expect(account('Door staff 1')).toBeUndefined();
  });
  it('registration: a name of symbols or blanks alone is asked for in letters, not said to hold forbidden characters', () => {
    for (const familyName of ['---', '...', '\u3164', '\u2800', '\u00AD'])
      expect(firstError(registrationSchema.safeParse({ ...delegate(1), familyName })), JSON.stringify(familyName)).toBe('noLetters');
    expect(firstError(registrationSchema.safeParse({ ...delegate(1), familyName: '\u200B' }))).toBe('invalidCharacters');
  });
});

describe('one UUID rule (zod)', () => {
  it('isUuid follows z.uuid(): RFC 9562 versions and variants, the nil UUID', () => {
    expect(isUuid('6f1c2a9e-3b7d-4c1e-9a2f-0b8d7e6c5a41')).toBe(true);
    expect(isUuid('00000000-0000-0000-0000-000000000000')).toBe(true);
    expect(isUuid('6f1c2a9e-3b7d-0c1e-9a2f-0b8d7e6c5a41')).toBe(false);
    expect(isUuid('------------------------------------')).toBe(false);
  });
  it("an attendee filter's answer names a real question id, or is dropped before the query", () => {
    expect(attendeeFilterSchema.parse({ answer: '6f1c2a9e-3b7d-4c1e-9a2f-0b8d7e6c5a41:yes' }).answer).toBe('6f1c2a9e-3b7d-4c1e-9a2f-0b8d7e6c5a41:yes');
    expect(attendeeFilterSchema.parse({ answer: `${'-'.repeat(36)}:yes` }).answer).toBeUndefined();
  });
});
