import fs from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '@/db/schema';

const load = (locale: string) =>
  JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../messages', `${locale}.json`), 'utf8'));

function flatten(value: unknown, prefix = ''): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return { [prefix]: value };
  return Object.assign({}, ...Object.entries(value).map(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k)));
}

const catalogues = Object.fromEntries(LOCALES.map((l) => [l, flatten(load(l))]));
const allKeys = [...new Set(Object.values(catalogues).flatMap((c) => Object.keys(c)))].sort();

describe('translation catalogues', () => {
  it.each(LOCALES)('%s has every key that any locale has, each a non-empty string', (locale) => {
    const missing = allKeys.filter((k) => typeof catalogues[locale]![k] !== 'string' || !(catalogues[locale]![k] as string).trim());
    expect(missing).toEqual([]);
  });

  it.each(LOCALES)('%s messages are valid ICU and use the same placeholders as English', (locale) => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]).sort();
    for (const key of allKeys) {
      const text = catalogues[locale]![key] as string;
      expect(() => new IntlMessageFormat(text, locale), `${locale}:${key}`).not.toThrow();
      expect([...new Set(placeholders(text))], `${locale}:${key}`)
        .toEqual([...new Set(placeholders(catalogues.en![key] as string))]);
    }
  });
});
