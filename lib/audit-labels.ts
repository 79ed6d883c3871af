import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { Locale, LocalizedText } from '@/i18n/locales';
import { pickText } from './localized';
import { auditActionKey } from './domain';
import { fullName } from './names';

interface Entry {
  action: string;
  entityType: string;
  before: unknown;
  after: unknown;
  subject?: { familyName: string | null; givenName: string | null; patronymic: string | null; reference: string | null; eventTitle: string | null } | null;
}

// Fields a change is told in words for; anything else (an event's whole snapshot) is summed up by the action.
const FIELDS = [
  'status',
  'organization',
  'position',
  'email',
  'phone',
  'dietaryNeeds',
  'accessNeeds',
  'visitIds',
  'role',
  'required',
  'emailKind',
  'visit',
] as const;

const record = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/**
 * The audit log's entries as sentences in the reader's language: the action, whom or what it concerns
 * (a delegate's name and reference, an event's title) and what changed, never ids, keys or JSON.
 */
export async function auditLabels(locale: Locale) {
  const t = await getTranslations({ locale, namespace: 'Admin.audit' });
  const statuses = await getTranslations({ locale, namespace: 'Admin.statuses' });
  const eventStatuses = await getTranslations({ locale, namespace: 'Admin.events.statuses' });
  const roles = await getTranslations({ locale, namespace: 'Admin.nav.roles' });
  const kinds = await getTranslations({ locale, namespace: 'Admin.emails.kinds' });
  const has = (key: string) => t.has(key as Parameters<typeof t>[0]);
  const word = (key: string, fallback: string) => (has(key) ? t(key as Parameters<typeof t>[0]) : fallback);

  const value = (field: string, v: unknown): string => {
    if (v === null || v === undefined || v === '') return t('empty');
    // A registration's status, else an event's (draft, published, cancelled).
    if (field === 'status' && typeof v === 'string') {
      if (statuses.has(v as 'pending')) return statuses(v as 'pending');
      return eventStatuses.has(v as 'draft') ? eventStatuses(v as 'draft') : v;
    }
    if (field === 'required') return t(v ? 'requiredOn' : 'requiredOff');
    if (field === 'visitIds' && Array.isArray(v)) return t('visitCount', { count: v.length });
    if (field === 'role' && typeof v === 'string') return roles.has(v as 'admin') ? roles(v as 'admin') : v;
    if (field === 'emailKind' && typeof v === 'string') return kinds.has(v as 'approved') ? kinds(v as 'approved') : v;
    // A visit's title as stored with the entry, in the reader's language when it has one.
    if (field === 'visit' && typeof v === 'object') return pickText(v as LocalizedText, locale, 'zh')?.text ?? t('empty');
    return String(v);
  };

  const action = (stored: string) => word(`actions.${auditActionKey(stored)}`, t('unknownAction'));

  /** "Registration approved — 王晓明 (Q5XG-5GEB)". */
  const headline = (entry: Entry) => {
    const s = entry.subject;
    const name = s?.familyName ? fullName({ familyName: s.familyName, givenName: s.givenName ?? '', patronymic: s.patronymic }) : null;
    const about = name ? t('registrationSubject', { name, reference: s!.reference ?? '' }) : (s?.eventTitle ?? null);
    return about ? t('headline', { action: action(entry.action), about }) : action(entry.action);
  };

  /** "Status: Pending → Confirmed", "3 e-mails queued". */
  const changes = (entry: Entry): string[] => {
    const before = record(entry.before);
    const after = record(entry.after);
    const lines: string[] = [];
    for (const field of FIELDS) {
      if (!(field in after) && !(field in before)) continue;
      const label = t(`fields.${field}`);
      const from = before[field];
      const to = after[field];
      if (JSON.stringify(from) === JSON.stringify(to)) continue;
      lines.push(
        field in before ? t('change', { field: label, from: value(field, from), to: value(field, to) }) : t('set', { field: label, to: value(field, to) }),
      );
    }
    if (typeof after.queued === 'number') lines.push(t('queued', { count: after.queued }));
    if (typeof after.count === 'number') lines.push(t('purged', { count: after.count, days: Number(after.olderThanDays ?? 0) }));
    return lines;
  };

  return {
    action,
    system: t('system'),
    entity: (entityType: string) => word(`entities.${entityType}`, entityType),
    headline,
    changes,
  };
}
