import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { emailById } from '@/db/queries/mail';
import { ResultBanner } from '@/components/ui/result-banner';
import { Link } from '@/i18n/link';
import { adminPage, requireTarget } from '@/server/auth/session';
import { redactLinks } from '@/server/mail/redact';

export const dynamic = 'force-dynamic';

/** What the page's forms come back with (retry-email, resend), and whether it is a refusal. */
const RESULTS = { retried: false, resent: false, notFailed: true, notResent: true } as const;

/** One message exactly as it went out: headers and parts from the stored raw message. */
export default async function EmailPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ result?: string }>;
}) {
  const { id } = await params;
  const { locale, organizer } = await adminPage(params, 'viewEmailLog');
  const email = /^\d{1,15}$/.test(id) ? await emailById(await getDb(), Number(id)) : null;
  if (!email) notFound();
  await requireTarget(locale, organizer, { email: email.id });
  const t = await getTranslations({ locale, namespace: 'Admin.emails' });
  const r = await getTranslations({ locale, namespace: 'Admin.registration' });
  const here = `/${locale}/admin/emails/${email.id}`;
  const asked = (await searchParams).result;
  const result = asked && Object.hasOwn(RESULTS, asked) ? (asked as keyof typeof RESULTS) : undefined;
  return (
    <section>
      <p>
        <Link href="/admin/emails">← {t('title')}</Link>
      </p>
      <h1>{email.subject ?? (t.has(`kinds.${email.kind}` as 'kinds.approved') ? t(`kinds.${email.kind}` as 'kinds.approved') : email.kind)}</h1>
      {result && <ResultBanner text={t(`results.${result}`)} refused={RESULTS[result]} />}
      <dl className="facts panel">
        <dt>{t('kind')}</dt>
        <dd>{t.has(`kinds.${email.kind}` as 'kinds.approved') ? t(`kinds.${email.kind}` as 'kinds.approved') : email.kind}</dd>
        <dt>{t('to')}</dt>
        <dd>{email.toAddress}</dd>
        <dt>{t('status')}</dt>
        <dd>
          {r(`emailStatuses.${email.status}`)} · {t('attemptsCount', { count: email.attempts })}
        </dd>
        {email.lastError && (
          <>
            <dt>{t('lastError')}</dt>
            <dd>{email.lastError}</dd>
          </>
        )}
        {email.providerMessageId && (
          <>
            <dt>{t('serverId')}</dt>
            <dd>{email.providerMessageId}</dd>
          </>
        )}
        {email.registrationId && (
          <>
            <dt>{t('delegate')}</dt>
            <dd>
              <Link href={`/admin/registrations/${email.registrationId}`}>{t('openDelegate')}</Link>
            </dd>
          </>
        )}
      </dl>
      <div className="actions">
        {email.status === 'failed' && (
          <form method="post" action="/api/admin/retry-email">
            <input type="hidden" name="id" value={email.id} />
            <input type="hidden" name="returnTo" value={here} />
            <button className="button" type="submit">
              {t('retry')}
            </button>
          </form>
        )}
        <form method="post" action="/api/admin/resend">
          <input type="hidden" name="emailId" value={email.id} />
          <input type="hidden" name="returnTo" value={here} />
          <button className="button secondary" type="submit">
            {r('resend')}
          </button>
        </form>
      </div>
      {email.textBody ? (
        <>
          <h2>{t('text')}</h2>
          <pre className="raw">{redactLinks(email.textBody)}</pre>
          <h2>{t('raw')}</h2>
          <pre className="raw">{redactLinks(email.rawMessage ?? '')}</pre>
        </>
      ) : (
        <p className="muted">{t('notYetRendered')}</p>
      )}
    </section>
  );
}
