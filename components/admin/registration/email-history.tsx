import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { Link } from '@/i18n/link';
import { formatStamp } from '@/lib/format';
import type { RegistrationDetail } from './types';

/** Every e-mail written to this delegate: its kind, how it went, and a button to send it again. */
export async function EmailHistory({ emails, locale, returnTo }: { emails: RegistrationDetail['emails']; locale: Locale; returnTo: string }) {
  const t = await getTranslations({ locale, namespace: 'Admin.registration' });
  const kinds = await getTranslations({ locale, namespace: 'Admin.emails.kinds' });
  return (
    <>
      <h2>{t('emails')}</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('emailKind')}</th>
              <th scope="col">{t('emailStatus')}</th>
              <th scope="col">{t('emailDate')}</th>
              <th scope="col">
                <span className="sr-only">{t('resend')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {emails.map((e) => (
              <tr key={e.id}>
                <td>
                  <Link href={`/admin/emails/${e.id}`}>{kinds.has(e.kind as 'approved') ? kinds(e.kind as 'approved') : e.kind}</Link>
                </td>
                <td>
                  {t(`emailStatuses.${e.status}`)}
                  {e.lastError && (
                    <>
                      <br />
                      <span className="muted">{e.lastError}</span>
                    </>
                  )}
                </td>
                <td>{formatStamp(e.sentAt ?? e.createdAt, locale)}</td>
                <td>
                  <form method="post" action="/api/admin/resend" className="inline-form">
                    <input type="hidden" name="emailId" value={e.id} />
                    <input type="hidden" name="returnTo" value={returnTo} />
                    <button type="submit" className="button secondary small">
                      {t('resend')}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
