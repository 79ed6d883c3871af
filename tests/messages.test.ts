import fs from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '@/i18n/locales';
import { AUDIT_ACTIONS, auditActionKey } from '@/lib/domain';
import { greetingParams } from '@/lib/names';

const load = (locale: string) => JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../messages', `${locale}.json`), 'utf8'));

function flatten(value: unknown, prefix = ''): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return { [prefix]: value };
  return Object.assign({}, ...Object.entries(value).map(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k)));
}

/** The argument names a message uses, from its parsed ICU syntax (plural branches included). */
function argumentsOf(message: string, locale: string): string[] {
  const names = new Set<string>();
  const walk = (elements: unknown[]) => {
    for (const el of elements as { type: number; value?: unknown; options?: Record<string, { value: unknown[] }> }[]) {
      if (el.type !== 0 && el.type !== 7 && typeof el.value === 'string') names.add(el.value);
      for (const option of Object.values(el.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, locale).getAst());
  return [...names].sort();
}

const catalogues = Object.fromEntries(LOCALES.map((l) => [l, flatten(load(l))]));
const allKeys = [...new Set(Object.values(catalogues).flatMap((c) => Object.keys(c)))].sort();

describe('translation catalogues', () => {
  it.each(LOCALES)('%s has every key that any locale has, each a non-empty string', (locale) => {
    const missing = allKeys.filter((k) => typeof catalogues[locale]![k] !== 'string' || !(catalogues[locale]![k] as string).trim());
    expect(missing).toEqual([]);
  });

  it.each(LOCALES)('%s messages are valid ICU and use the same placeholders as English', (locale) => {
    for (const key of allKeys) {
      const text = catalogues[locale]![key] as string;
      expect(() => new IntlMessageFormat(text, locale), `${locale}:${key}`).not.toThrow();
      // A salutation's form is the language's own (Имя Отчество, 先生, 様); it picks from the forms code gives it.
      if (key === 'Email.salutation') {
        expect(Object.keys(greetingParams({ familyName: 'A', givenName: 'B' })), `${locale}:${key}`).toEqual(expect.arrayContaining(argumentsOf(text, locale)));
        continue;
      }
      expect(argumentsOf(text, locale), `${locale}:${key}`).toEqual(argumentsOf(catalogues.en![key] as string, 'en'));
    }
  });

  it('names every audited action (recordAudit accepts only these)', () => {
    const missing = AUDIT_ACTIONS.filter((action) => typeof catalogues.en![`Admin.audit.actions.${auditActionKey(action)}`] !== 'string');
    expect(missing).toEqual([]);
  });
});
