import { getTranslations } from 'next-intl/server';
import type { loadAudit } from '@/db/queries/audit-log';
import type { Locale } from '@/i18n/locales';
import { auditLabels } from '@/lib/audit-labels';
import { formatStamp } from '@/lib/format';

/** Who changed what on this registration, and when, oldest first as the audit log keeps it. */
export async function AuditTrail({ entries, locale }: { entries: Awaited<ReturnType<typeof loadAudit>>; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Admin.registration' });
  const label = await auditLabels(locale);
  return (
    <>
      <h2>{t('audit')}</h2>
      <ul>
        {entries.map((entry) => (
          <li key={entry.id}>
            {formatStamp(entry.createdAt, locale)} · {entry.actor ?? label.system} · {label.action(entry.action)}
            {label.changes(entry).map((line) => (
              <span key={line} className="audit-change">
                {line}
              </span>
            ))}
          </li>
        ))}
      </ul>
    </>
  );
}
