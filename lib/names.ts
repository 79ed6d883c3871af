import { HONORIFICS } from '@/lib/domain';

/**
 * A delegate's name as each culture writes it. The order and spacing follow the script the name is
 * written in, not the reader's language: 王晓明 stays 王晓明 on an English page, and a Russian name
 * is written Фамилия Имя Отчество wherever a list shows it.
 */
export interface PersonName {
  familyName: string;
  givenName: string;
  patronymic?: string | null;
  latinFamilyName?: string | null;
  latinGivenName?: string | null;
}

// Han, kana and Hangul: names in these scripts are written family name first with no space.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

const isCjkName = (p: PersonName) => CJK.test(p.familyName) && CJK.test(p.givenName);
const isCyrillicName = (p: PersonName) => CYRILLIC.test(p.familyName) || CYRILLIC.test(p.givenName);

const join = (...parts: (string | null | undefined)[]) =>
  parts
    .map((s) => s?.trim())
    .filter(Boolean)
    .join(' ');

/** The full name in its own script, for lists, headings, badges and exports: 王晓明, Петрова Анна Сергеевна, Anna Müller. */
export function fullName(p: PersonName): string {
  if (isCjkName(p)) return `${p.familyName.trim()}${p.givenName.trim()}`;
  if (isCyrillicName(p)) return join(p.familyName, p.givenName, p.patronymic);
  return join(p.givenName, p.patronymic, p.familyName);
}

/** The name as in the passport, family name first as the machine-readable zone has it: WANG XIAOMING. */
export function passportName(p: PersonName): string {
  return join(p.latinFamilyName, p.latinGivenName);
}

/** True when the passport form adds something a reader of the full name would not already see. */
export function hasDistinctPassportName(p: PersonName) {
  const latin = passportName(p);
  return (
    latin !== '' &&
    latin.toUpperCase() !== join(p.familyName, p.givenName).toUpperCase() &&
    latin.toUpperCase() !== join(p.givenName, p.familyName).toUpperCase()
  );
}

const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

/**
 * The parameters every language's greeting chooses from (`Email.greeting` selects on `honorific` and
 * `style`): the full name, the family name a Latin or Cyrillic title can stand before (from the
 * passport when the name is in Han or Hangul), the given name with the patronymic, and which form fits.
 */
export function greetingParams(p: PersonName & { honorific?: string | null }) {
  const honorific = (HONORIFICS as readonly string[]).includes(p.honorific ?? '') ? p.honorific! : 'none';
  const family = /^[\p{Script=Latin}\p{Script=Cyrillic}\s'’.-]+$/u.test(p.familyName.trim())
    ? p.familyName.trim()
    : titleCase(p.latinFamilyName?.trim() || p.familyName.trim());
  return {
    full: fullName(p),
    // Given name before family name, as a Latin or Cyrillic letter addresses a person it does not know well.
    natural: isCjkName(p) ? fullName(p) : join(p.givenName, p.familyName),
    family,
    given: p.givenName.trim(),
    givenPatronymic: join(p.givenName, p.patronymic),
    honorific,
    // A patronymic is how a Russian letter addresses its reader; without one the letter uses the full name.
    style: p.patronymic?.trim() ? 'patronymic' : 'plain',
  };
}
