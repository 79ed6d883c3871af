import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AccessCodeTable } from '@/components/admin/access-code-table';
import { getDb } from '@/db/client';
import { listAccessCodes } from '@/db/queries/access-codes';
import { adminEvent } from '@/db/queries/admin-events';
import { Link } from '@/i18n/link';
import { htmlLang } from '@/i18n/routing';
import { getConfig } from '@/lib/config';
import { formatStamp } from '@/lib/format';
import { adminPage, requireTarget } from '@/server/auth/session';

export const dynamic = 'force-dynamic';

const RESULTS = ['issued', 'revoked', 'refused', 'invalid'] as const;

/** An invitation-only event's access codes: issue one per invited organization, see what each has used, revoke. */
export default async function AccessCodesPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ result?: string }>;
}) {
  const { id } = await params;
  const { locale, organizer } = await adminPage(params, 'editEvents');
  await requireTarget(locale, organizer, { event: id });
  const db = await getDb();
  const event = await adminEvent(db, id, locale);
  if (!event) notFound();
  const codes = await listAccessCodes(db, id);
  const t = await getTranslations({ locale, namespace: 'AccessCodes' });
  const asked = (await searchParams).result;
  const result = RESULTS.find((r) => r === asked);
  const here = `/${locale}/admin/events/${id}/access-codes`;
  const registerUrl = `${getConfig().PUBLIC_URL.replace(/\/$/, '')}/${locale}/events/${event.slug}/register`;
  return (
    <section>
      <p>
        <Link href={`/admin/events/${id}`}>
          ← <span lang={event.titleLang !== locale ? htmlLang[event.titleLang] : undefined}>{event.title}</span>
        </Link>
      </p>
      <h1>{t('title')}</h1>
      {result && (
        <p
          role={result === 'refused' || result === 'invalid' ? 'alert' : 'status'}
          className={`banner ${result === 'refused' || result === 'invalid' ? 'banner-error' : 'banner-success'}`}
        >
          {t(`results.${result}`)}
        </p>
      )}
      <p className={`banner ${event.inviteOnly ? 'banner-info' : 'banner-error'}`}>{t(event.inviteOnly ? 'inviteOnlyOn' : 'inviteOnlyOff')}</p>
      <h2>{t('issueTitle')}</h2>
      <form method="post" action="/api/admin/access-codes" className="registration-form">
        <input type="hidden" name="action" value="issue" />
        <input type="hidden" name="eventId" value={id} />
        <input type="hidden" name="returnTo" value={here} />
        <div className="field-row">
          <div className="field">
            <label htmlFor="code-org">{t('organization')}</label>
            <input id="code-org" name="organization" required maxLength={200} />
          </div>
          <div className="field">
            <label htmlFor="code-quota">{t('quota')}</label>
            <input id="code-quota" name="quota" type="number" min={1} max={10000} required defaultValue={5} />
          </div>
          <div className="field">
            <label htmlFor="code-size">{t('maxDelegationSize')}</label>
            <input id="code-size" name="maxDelegationSize" type="number" min={1} max={500} aria-describedby="code-size-hint" />
            <p id="code-size-hint" className="hint">
              {t('maxDelegationSizeHint')}
            </p>
          </div>
        </div>
        <button type="submit" className="button">
          {t('issue')}
        </button>
      </form>
      <h2>{t('listTitle')}</h2>
      {codes.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <AccessCodeTable
          eventId={id}
          returnTo={here}
          registerUrl={registerUrl}
          codes={codes.map((c) => ({ ...c, issued: formatStamp(c.createdAt, locale), revoked: c.revokedAt ? formatStamp(c.revokedAt, locale) : null }))}
          labels={{
            organization: t('organization'),
            code: t('code'),
            link: t('link'),
            used: t('used'),
            maxDelegationSize: t('maxDelegationSize'),
            status: t('status'),
            issued: t('issued'),
            active: t('active'),
            noLimit: t('noLimit'),
            revoke: t('revoke'),
            usedOf: (used, quota) => t('usedOf', { used, quota }),
            revokedOn: (when) => t('revokedOn', { when }),
            revokeFor: (organization) => t('revokeFor', { organization }),
          }}
        />
      )}
    </section>
  );
}
