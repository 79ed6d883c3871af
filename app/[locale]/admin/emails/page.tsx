import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { listEmails } from '@/db/queries/mail';
import { EMAIL_STATUSES } from '@/lib/domain';
import { Link } from '@/i18n/link';
import { adminPage } from '@/server/auth/session';
import { eventScope } from '@/lib/permissions';
import { formatStamp } from '@/lib/format';

export const dynamic = 'force-dynamic';

export default async function EmailLogPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ status?: string; page?: string }>;
}) {
  const { locale, organizer } = await adminPage(params, 'viewEmailLog');
  const query = await searchParams;
  const status = EMAIL_STATUSES.find((s) => s === query.status);
  const page = Math.max(1, Math.min(1000, Number(query.page) || 1));
  const rows = await listEmails(await getDb(), { status, page, eventIds: eventScope(organizer) });
  const t = await getTranslations({ locale, namespace: 'Admin.emails' });
  const r = await getTranslations({ locale, namespace: 'Admin.registration' });
  const when = (d: Date | null) => (d ? formatStamp(d, locale) : '—');
  return (
    <section>
      <h1>{t('title')}</h1>
      <nav aria-label={t('filter')} className="actions">
        <Link href="/admin/emails" aria-current={!status ? 'page' : undefined}>
          {t('all')}
        </Link>
        {EMAIL_STATUSES.map((s) => (
          <Link key={s} href={`/admin/emails?status=${s}`} aria-current={status === s ? 'page' : undefined}>
            {r(`emailStatuses.${s}`)}
          </Link>
        ))}
      </nav>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('kind')}</th>
              <th scope="col">{t('to')}</th>
              <th scope="col">{t('subject')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col" className="num">
                {t('attempts')}
              </th>
              <th scope="col">{t('date')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((e) => (
              <tr key={e.id}>
                <td>
                  <Link href={`/admin/emails/${e.id}`}>{t.has(`kinds.${e.kind}` as 'kinds.approved') ? t(`kinds.${e.kind}` as 'kinds.approved') : e.kind}</Link>
                </td>
                <td>{e.toAddress}</td>
                <td>{e.subject ?? '—'}</td>
                <td>
                  {r(`emailStatuses.${e.status}`)}
                  {e.lastError && (
                    <>
                      <br />
                      <span className="muted">{e.lastError}</span>
                    </>
                  )}
                </td>
                <td className="num">{e.attempts}</td>
                <td>{when(e.sentAt ?? e.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label={t('pages')} className="pagination">
        {page > 1 && <Link href={`/admin/emails?${new URLSearchParams({ ...(status ? { status } : {}), page: String(page - 1) })}`}>{t('newer')}</Link>}
        {rows.length === 100 && (
          <Link href={`/admin/emails?${new URLSearchParams({ ...(status ? { status } : {}), page: String(page + 1) })}`}>{t('older')}</Link>
        )}
      </nav>
    </section>
  );
}
