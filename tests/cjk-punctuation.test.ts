/**
 * Chinese and Japanese text uses full-width punctuation between CJK characters: `：，（）` (ja `、`), never an
 * ASCII `: , ( )` next to a CJK character, and never a quote nested inside a quote of the same kind
 * (“…“…”…”, 「…「…」…」). Checked on the zh/ja message catalogues (their literal text, ICU syntax aside),
 * on the zh/ja text of the seeded events, and on every message that embeds an event title, with each seeded title.
 * The rendered pages are checked by e2e/cjk-punctuation.spec.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { sampleEvents } from '@/db/seed/sample-events';
import { asciiPunctuationNextToCjk, nestedSameQuote } from '@/lib/cjk-punctuation';

/** The literal text of an ICU message: plural and select branches and tag contents included, arguments left out. */
function literals(message: string, locale: string): string[] {
  const out: string[] = [];
  const walk = (elements: unknown[]) => {
    for (const el of elements as { type: number; value?: unknown; options?: Record<string, { value: unknown[] }>; children?: unknown[] }[]) {
      if (el.type === 0 && typeof el.value === 'string') out.push(el.value);
      for (const option of Object.values(el.options ?? {})) walk(option.value);
      if (el.children) walk(el.children);
    }
  };
  walk(new IntlMessageFormat(message, locale).getAst());
  return out;
}

function flatten(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
}

function seedTexts(locale: string): [string, string][] {
  const out: [string, string][] = [];
  const walk = (value: unknown, where: string) => {
    if (!value || typeof value !== 'object') return;
    for (const [k, v] of Object.entries(value)) {
      if (k === locale) out.push(...flatten(v, `${where}.${k}`));
      else walk(v, `${where}.${k}`);
    }
  };
  for (const event of sampleEvents) walk(event, event.slug);
  return out;
}

const CJK_LOCALES = ['zh', 'ja'] as const;
const catalogue = (locale: string) => flatten(JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../messages', `${locale}.json`), 'utf8')));

describe('CJK punctuation', () => {
  it('finds what it is meant to find', () => {
    expect(asciiPunctuationNextToCjk('演讲嘉宾: 张三')).toHaveLength(1);
    expect(asciiPunctuationNextToCjk('中国标准时间 (GMT+08:00)')).toHaveLength(1);
    expect(asciiPunctuationNextToCjk('例如 +86 431 8888 0000，[文字](https://example.org) 形式')).toEqual([]);
    expect(nestedSameQuote('报名参加“2027东北亚“一带一路”大会”')).not.toBeNull();
    expect(nestedSameQuote('『2027北東アジア「一帯一路」大会』')).toBeNull();
  });

  it.each(CJK_LOCALES)('%s messages have no ASCII : , ( ) next to a CJK character', (locale) => {
    const found = catalogue(locale).flatMap(([key, text]) =>
      literals(text, locale)
        .flatMap(asciiPunctuationNextToCjk)
        .map((hit) => `${key}: ${hit}`),
    );
    expect(found).toEqual([]);
  });

  it.each(CJK_LOCALES)('%s seeded event text has no ASCII : , ( ) next to a CJK character', (locale) => {
    const found = seedTexts(locale).flatMap(([where, text]) => asciiPunctuationNextToCjk(text).map((hit) => `${where}: ${hit}`));
    expect(found).toEqual([]);
  });

  it.each(CJK_LOCALES)('%s never nests a quote in a quote of the same kind, with any seeded title', (locale) => {
    const titles = sampleEvents.map((e) => e.translations[locale].title);
    const texts = [
      ...catalogue(locale).flatMap(([key, text]) =>
        text.includes('{title}')
          ? titles.map((title) => [`${key} with ${title}`, text.replaceAll('{title}', title)] as [string, string])
          : [[key, text] as [string, string]],
      ),
      ...seedTexts(locale),
    ];
    const found = texts.flatMap(([where, text]) => {
      const hit = nestedSameQuote(text);
      return hit ? [`${where}: ${hit}`] : [];
    });
    expect(found).toEqual([]);
  });
});
