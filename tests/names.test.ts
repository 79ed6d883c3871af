import { describe, expect, it } from 'vitest';
import { createTranslator } from 'use-intl/core';
import type { Locale } from '@/i18n/locales';
import { fullName, greetingParams, hasDistinctPassportName, passportName } from '@/lib/names';
import en from '@/messages/en.json';
import ja from '@/messages/ja.json';
import ko from '@/messages/ko.json';
import ru from '@/messages/ru.json';
import zh from '@/messages/zh.json';

const catalogues = { zh, en, ko, ja, ru } as unknown as Record<Locale, typeof en>;
const greet = (locale: Locale, person: Parameters<typeof greetingParams>[0]) =>
  createTranslator({ locale, messages: catalogues[locale], namespace: 'Email' })('salutation', greetingParams(person));

const wang = { familyName: '王', givenName: '晓明', latinFamilyName: 'WANG', latinGivenName: 'XIAOMING' };
const kim = { familyName: '김', givenName: '민준', latinFamilyName: 'KIM', latinGivenName: 'MINJUN' };
const sato = { familyName: '佐藤', givenName: '花子', latinFamilyName: 'SATO', latinGivenName: 'HANAKO' };
const petrova = { familyName: 'Петрова', givenName: 'Анна', patronymic: 'Сергеевна', latinFamilyName: 'PETROVA', latinGivenName: 'ANNA' };
const ivanov = { familyName: 'Иванов', givenName: 'Пётр', patronymic: 'Ильич', latinFamilyName: 'IVANOV', latinGivenName: 'PETR' };
const smith = { familyName: 'Smith', givenName: 'Jane', latinFamilyName: 'SMITH', latinGivenName: 'JANE' };

describe("names in each culture's order and form", () => {
  it("writes CJK names family name first with no space, whatever the reader's language", () => {
    expect(fullName(wang)).toBe('王晓明');
    expect(fullName(kim)).toBe('김민준');
    expect(fullName(sato)).toBe('佐藤花子');
    expect(fullName({ familyName: '王 ', givenName: ' 晓明' })).toBe('王晓明');
  });

  it('writes a Russian name as Фамилия Имя Отчество and a Western one given name first', () => {
    expect(fullName(petrova)).toBe('Петрова Анна Сергеевна');
    expect(fullName(smith)).toBe('Jane Smith');
  });

  it('gives the passport name family name first, and says when it adds something', () => {
    expect(passportName(wang)).toBe('WANG XIAOMING');
    expect(hasDistinctPassportName(wang)).toBe(true);
    expect(hasDistinctPassportName(smith)).toBe(false);
  });
});

describe('e-mail greetings use the honorific the delegate gave', () => {
  it('Chinese: 先生/女士 after the name, none when none was given', () => {
    expect(greet('zh', { ...wang, honorific: 'mr' })).toBe('尊敬的王晓明先生：');
    expect(greet('zh', { ...wang, honorific: 'prof' })).toBe('尊敬的王晓明教授：');
    expect(greet('zh', { ...wang, honorific: null })).toBe('尊敬的王晓明：');
  });

  it('Japanese: 様, or 先生 for a doctor or professor', () => {
    expect(greet('ja', { ...sato, honorific: 'ms' })).toBe('佐藤花子 様');
    expect(greet('ja', { ...sato, honorific: 'dr' })).toBe('佐藤花子 先生');
  });

  it('Korean: 님 with no space in the name, 박사님/교수님 for titles', () => {
    expect(greet('ko', { ...kim, honorific: 'mr' })).toBe('김민준 님, 안녕하십니까.');
    expect(greet('ko', { ...kim, honorific: 'prof' })).toBe('김민준 교수님, 안녕하십니까.');
  });

  it('Russian: Уважаемый/Уважаемая Имя Отчество when the title tells the form, Здравствуйте otherwise', () => {
    expect(greet('ru', { ...petrova, honorific: 'ms' })).toBe('Уважаемая Анна Сергеевна!');
    expect(greet('ru', { ...ivanov, honorific: 'mr' })).toBe('Уважаемый Пётр Ильич!');
    expect(greet('ru', { ...petrova, honorific: 'dr' })).toBe('Здравствуйте, Анна Сергеевна!');
    expect(greet('ru', { ...petrova, honorific: null })).toBe('Здравствуйте, Анна Сергеевна!');
    expect(greet('ru', { ...petrova, patronymic: null, honorific: 'ms' })).toBe('Уважаемая госпожа Петрова!');
    expect(greet('ru', { ...wang, honorific: 'mr' })).toBe('Уважаемый господин Wang!');
    expect(greet('ru', { ...smith, honorific: null })).toBe('Здравствуйте, Jane Smith!');
  });

  it('English: the title before the family name, in Latin letters', () => {
    expect(greet('en', { ...wang, honorific: 'mr' })).toBe('Dear Mr Wang,');
    expect(greet('en', { ...smith, honorific: 'prof' })).toBe('Dear Professor Smith,');
    expect(greet('en', { ...smith, honorific: null })).toBe('Dear Jane Smith,');
  });
});

describe('the honorific field offers titles, never genders', () => {
  it('has no gender words among the choices in any language', () => {
    for (const [locale, messages] of Object.entries(catalogues)) {
      const choices = Object.values(messages.RegistrationForm.honorifics).join(' ');
      expect(choices, locale).not.toMatch(/男性|女性|남성|여성|мужчина|женщина|\bmale\b|\bfemale\b/i);
    }
  });
});
