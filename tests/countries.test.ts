import { describe, expect, it } from 'vitest';
import { LOCALES } from '@/i18n/locales';
import type { Locale } from '@/i18n/locales';
import { JA_READINGS, PINNED, countryName, countryOptions } from '@/lib/countries';

describe("the country and region list follows the council's naming policy", () => {
  it('names Taiwan, Hong Kong and Macao as regions of China in every language', () => {
    expect(['TW', 'HK', 'MO'].map((c) => countryName(c, 'zh'))).toEqual(['中国台湾', '中国香港特别行政区', '中国澳门特别行政区']);
    expect(['TW', 'HK', 'MO'].map((c) => countryName(c, 'en'))).toEqual(['Taiwan, China', 'Hong Kong SAR, China', 'Macao SAR, China']);
    for (const locale of LOCALES) {
      for (const code of ['TW', 'HK', 'MO']) expect(countryName(code, locale)).toMatch(/中国|China|중국|Китая?/);
    }
  });

  it('uses the names the Chinese foreign ministry uses', () => {
    expect(countryName('PS', 'zh')).toBe('巴勒斯坦');
    expect(countryName('MN', 'zh')).toBe('蒙古国');
    expect(countryName('SZ', 'zh')).toBe('埃斯瓦蒂尼');
    expect(countryName('US', 'ru')).toBe('Соединённые Штаты');
  });

  it('puts China, Japan, Korea, Russia and Mongolia first, then the rest once each', () => {
    for (const locale of LOCALES) {
      const options = countryOptions(locale);
      expect(options.slice(0, 5).map((o) => o.code)).toEqual([...PINNED]);
      expect(new Set(options.map((o) => o.code)).size).toBe(options.length);
      expect(options.length).toBeGreaterThan(240);
    }
  });

  it('sorts the rest as each language sorts', () => {
    const names = (locale: Locale) =>
      countryOptions(locale)
        .slice(5)
        .map((o) => o.name);
    const en = names('en');
    expect(en.indexOf('Afghanistan')).toBe(0);
    expect(en.indexOf('Germany')).toBeLessThan(en.indexOf('Greece'));
    const zh = names('zh');
    expect(zh.indexOf('阿富汗')).toBeLessThan(zh.indexOf('德国')); // pinyin: a… before d…
    const ru = names('ru');
    expect(ru.indexOf('Австралия')).toBeLessThan(ru.indexOf('Швеция'));
    expect(ru.indexOf('Швеция')).toBeGreaterThan(-1);
    const ko = names('ko');
    expect(ko.indexOf('가나')).toBeLessThan(ko.indexOf('프랑스'));
  });

  it('sorts Japanese kanji names by their reading, not after all the katakana ones', () => {
    const ja = countryOptions('ja')
      .slice(5)
      .map((o) => o.name);
    const at = (name: string) => ja.indexOf(name);
    // 北朝鮮 (きた…) between ガーナ and ギニア; 南アフリカ (みなみ…) among the ミ names, not after ロシア.
    expect(at('北朝鮮')).toBeGreaterThan(at('ガボン'));
    expect(at('北朝鮮')).toBeLessThan(at('ギニア'));
    expect(at('南アフリカ')).toBeLessThan(at('メキシコ'));
    expect(at('中国台湾')).toBeLessThan(at('チリ'));
    const lastKana = Math.max(...ja.map((n, i) => (/^[\p{Script=Katakana}ー]/u.test(n) ? i : -1)));
    const firstKanji = ja.findIndex((n) => /^\p{Script=Han}/u.test(n));
    expect(firstKanji).toBeLessThan(lastKana);
  });

  it('has a reading for every Japanese name that starts with a kanji', () => {
    for (const o of countryOptions('ja')) {
      if (/^\p{Script=Han}/u.test(o.name)) expect(JA_READINGS[o.code], `${o.code} ${o.name}`).toBeTruthy();
    }
  });
});

describe('country names in Chinese and Japanese text', () => {
  it('use full-width brackets', () => {
    for (const locale of ['zh', 'ja'] as Locale[]) {
      for (const o of countryOptions(locale)) expect(o.name, o.code).not.toMatch(/[()]/);
    }
    expect(countryName('CG', 'ja')).toBe('コンゴ共和国（ブラザビル）');
  });
});
