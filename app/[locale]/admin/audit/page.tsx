import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { loadAudit } from '@/db/queries/audit-log';
import { adminPage } from '@/server/auth/session';
import { auditLabels } from '@/lib/audit-labels';
import { formatStamp } from '@/lib/format';

export const dynamic = 'force-dynamic';

export default async function AuditPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await adminPage(params, 'viewAudit');
  const t = await getTranslations({ locale, namespace: 'Admin.audit' });
  const entries = await loadAudit(await getDb(), { limit: 300 });
  const label = await auditLabels(locale);
  const when = (d: Date) => formatStamp(d, locale);
  return (
    <section>
      <h1>{t('title')}</h1>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('when')}</th>
              <th scope="col">{t('who')}</th>
              <th scope="col">{t('what')}</th>
              <th scope="col">{t('details')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td>{when(e.createdAt)}</td>
                <td>{e.actor ?? label.system}</td>
                <td>{label.headline(e)}</td>
                <td>
                  {label.changes(e).map((line) => (
                    <span key={line} className="audit-change">
                      {line}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
