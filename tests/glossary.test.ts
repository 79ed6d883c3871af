/**
 * Every language keeps one glossary: messages/glossary/{locale}.md (zh.md, ja.md, ko.md, ru.md, en.md; README.md
 * is not one). This test reads each one present and fails when that locale's messages or its text in the seeded
 * events use a variant the glossary says to avoid.
 *
 * Format (fixed; see messages/glossary/README.md): a markdown table anywhere in the file whose header row is
 * exactly `| term | avoid | note |`, then the `|---|---|---|` row, then one row per term:
 *   | ログイン / ログアウト | サインイン / サインアウト | JB3: why |
 * `avoid` holds the variants separated by ` / ` (empty or `—` for none). A variant matches anywhere in the text
 * (substring, case-insensitive), so write variants that never occur inside a good word. No `|` inside a cell.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleEvents } from '@/db/seed/sample-events';

const root = path.join(import.meta.dirname, '..');
const glossaryDir = path.join(root, 'messages/glossary');

interface GlossaryRow {
  term: string;
  avoid: string[];
  note: string;
}

/** The rows of every `| term | avoid | note |` table in a glossary file. */
function parseGlossary(markdown: string): GlossaryRow[] {
  const rows: GlossaryRow[] = [];
  let inTable = false;
  for (const line of markdown.split('\n').map((l) => l.trim())) {
    if (/^\|\s*term\s*\|\s*avoid\s*\|\s*note\s*\|$/.test(line)) {
      inTable = true;
      continue;
    }
    if (!line.startsWith('|')) {
      inTable = false;
      continue;
    }
    if (!inTable || /^\|[\s:|-]+\|$/.test(line)) continue; // the |---|---|---| separator
    const [term = '', avoid = '', note = ''] = line
      .slice(1, -1)
      .split('|')
      .map((c) => c.trim());
    rows.push({
      term,
      note,
      avoid: avoid
        .split(' / ')
        .map((v) => v.trim())
        .filter((v) => v && v !== '—' && v !== '-'),
    });
  }
  return rows;
}

function flatten(value: unknown, prefix: string, out: [string, string][]) {
  if (typeof value === 'string') out.push([prefix, value]);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  }
}

/** Every string a reader of `locale` sees in the seeded events: `translations.{locale}` and each `{ …, locale: text }`. */
function seedTexts(locale: string): [string, string][] {
  const out: [string, string][] = [];
  const walk = (value: unknown, where: string) => {
    if (!value || typeof value !== 'object') return;
    for (const [k, v] of Object.entries(value)) {
      if (k === locale) flatten(v, `${where}.${k}`, out);
      else walk(v, `${where}.${k}`);
    }
  };
  for (const event of sampleEvents) walk(event, `seed ${event.slug}`);
  return out;
}

function messageTexts(locale: string): [string, string][] {
  const file = path.join(root, 'messages', `${locale}.json`);
  const out: [string, string][] = [];
  flatten(JSON.parse(fs.readFileSync(file, 'utf8')), '', out);
  return out.map(([key, text]) => [`messages/${locale}.json ${key}`, text]);
}

const glossaries = fs
  .readdirSync(glossaryDir)
  .filter((f) => /^[a-z]{2}(-[A-Za-z]+)?\.md$/.test(f))
  .map((f) => ({ locale: f.replace(/\.md$/, ''), rows: parseGlossary(fs.readFileSync(path.join(glossaryDir, f), 'utf8')) }));

describe('glossaries', () => {
  it('exist for Chinese and Japanese at least', () => {
    expect(glossaries.map((g) => g.locale)).toEqual(expect.arrayContaining(['zh', 'ja']));
  });

  it.each(glossaries)('$locale glossary is a well-formed | term | avoid | note | table', ({ rows }) => {
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.term, JSON.stringify(row)).not.toBe('');
      // A variant inside the chosen term would make the term itself fail.
      for (const v of row.avoid) expect(row.term.toLowerCase().includes(v.toLowerCase()), `${row.term} avoids ${v}`).toBe(false);
    }
  });

  it.each(glossaries)('$locale messages and seeded events use no avoided variant', ({ locale, rows }) => {
    const texts = [...messageTexts(locale), ...seedTexts(locale)];
    const found: string[] = [];
    for (const row of rows) {
      for (const variant of row.avoid) {
        for (const [where, text] of texts) {
          if (text.toLowerCase().includes(variant.toLowerCase())) found.push(`${where}: "${variant}" — use "${row.term}"`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
