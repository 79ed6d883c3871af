import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { auditActionKey } from './domain';

/** The audit log's action ids as sentences in the reader's language (an unknown id is shown as stored). */
export async function auditLabels(locale: Locale) {
  const t = await getTranslations({ locale, namespace: 'Admin.audit.actions' });
  return (action: string) => {
    const key = auditActionKey(action) as Parameters<typeof t>[0];
    return t.has(key) ? t(key) : action;
  };
}
