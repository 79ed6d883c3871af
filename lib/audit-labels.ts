import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { auditActionKey } from './domain';

/**
 * The audit log's action ids and entity types as words in the reader's language (an unknown id is
 * shown as stored).
 */
export async function auditLabels(locale: Locale) {
  const t = await getTranslations({ locale, namespace: 'Admin.audit' });
  const word = (key: string, stored: string) => (t.has(key as Parameters<typeof t>[0]) ? t(key as Parameters<typeof t>[0]) : stored);
  return {
    action: (action: string) => word(`actions.${auditActionKey(action)}`, action),
    entity: (entityType: string) => word(`entities.${entityType}`, entityType),
  };
}
