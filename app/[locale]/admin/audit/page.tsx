import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getDb } from '@/db/client';
import { loadAudit } from '@/db/queries/audit';
import type { Locale } from '@/db/schema';
import { htmlLang } from '@/i18n/routing';
import { requirePage } from '@/lib/auth/session';
import { auditLabels } from '@/lib/audit-labels';

export const dynamic = 'force-dynamic';

export default async function AuditPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  await requirePage(locale, 'viewAudit');
  const t = await getTranslations({ locale, namespace: 'Admin.audit' });
  const entries = await loadAudit(await getDb(), { limit: 300 });
  const label = await auditLabels(locale);
  const when = (d: Date) => new Intl.DateTimeFormat(htmlLang[locale], { dateStyle: 'short', timeStyle: 'medium' }).format(d);
  return (
    <section>
      <h1>{t('title')}</h1>
      <div className="table-wrap"><table>
        <thead><tr><th scope="col">{t('when')}</th><th scope="col">{t('who')}</th><th scope="col">{t('what')}</th><th scope="col">{t('before')}</th><th scope="col">{t('after')}</th></tr></thead>
        <tbody>{entries.map((e) => (
          <tr key={e.id}>
            <td>{when(e.createdAt)}</td><td>{e.actor ?? '—'}</td><td>{label.action(e.action)} <span className="muted">{label.entity(e.entityType)} {e.entityId.slice(0, 8)}</span></td>
            <td><code>{e.before ? JSON.stringify(e.before).slice(0, 200) : ''}</code></td><td><code>{e.after ? JSON.stringify(e.after).slice(0, 200) : ''}</code></td>
          </tr>
        ))}</tbody>
      </table></div>
    </section>
  );
}
