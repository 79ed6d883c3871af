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

const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー\u3000-\u303F\uFF01-\uFF60`;
const ASCII_NEXT_TO_CJK = new RegExp(String.raw`[${CJK}][ \u00A0]*[:,()]|[:,()][ \u00A0]*[${CJK}]`, 'gu');
const QUOTE_PAIRS: Record<string, string> = { '“': '”', '‘': '’', '「': '」', '『': '』', '《': '》', '〈': '〉' };
const CLOSERS = new Set(Object.values(QUOTE_PAIRS));

/** Each ASCII `: , ( )` that touches a CJK character, with a little context. Markdown link targets are syntax. */
export function asciiPunctuationNextToCjk(text: string): string[] {
  const prose = text.replace(/\]\([^)]*\)/g, ']');
  return [...prose.matchAll(ASCII_NEXT_TO_CJK)].map((m) => prose.slice(Math.max(0, m.index - 8), m.index + m[0].length + 8));
}

/** The first quote opened inside an open quote of the same kind, or null. */
export function nestedSameQuote(text: string): string | null {
  const open: string[] = [];
  for (const [i, ch] of [...text].entries()) {
    if (QUOTE_PAIRS[ch]) {
      if (open.includes(ch)) return [...text].slice(Math.max(0, i - 12), i + 12).join('');
      open.push(ch);
    } else if (CLOSERS.has(ch)) {
      const at = open.findLastIndex((o) => QUOTE_PAIRS[o] === ch);
      if (at >= 0) open.length = at;
    }
  }
  return null;
}

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
const catalogue = (locale: string) => flatten(JSON.parse(
  fs.readFileSync(path.join(import.meta.dirname, '../messages', `${locale}.json`), 'utf8')));

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
      literals(text, locale).flatMap(asciiPunctuationNextToCjk).map((hit) => `${key}: ${hit}`));
    expect(found).toEqual([]);
  });

  it.each(CJK_LOCALES)('%s seeded event text has no ASCII : , ( ) next to a CJK character', (locale) => {
    const found = seedTexts(locale).flatMap(([where, text]) => asciiPunctuationNextToCjk(text).map((hit) => `${where}: ${hit}`));
    expect(found).toEqual([]);
  });

  it.each(CJK_LOCALES)('%s never nests a quote in a quote of the same kind, with any seeded title', (locale) => {
    const titles = sampleEvents.map((e) => e.translations[locale].title);
    const texts = [
      ...catalogue(locale).flatMap(([key, text]) => text.includes('{title}')
        ? titles.map((title) => [`${key} with ${title}`, text.replaceAll('{title}', title)] as [string, string])
        : [[key, text] as [string, string]]),
      ...seedTexts(locale),
    ];
    const found = texts.flatMap(([where, text]) => { const hit = nestedSameQuote(text); return hit ? [`${where}: ${hit}`] : []; });
    expect(found).toEqual([]);
  });
});
