import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { LetterDetails } from '@/components/letters/letter-details';
import { getDb } from '@/db/client';
import { letterWithContext } from '@/db/queries/letters-read';
import { ResultBanner } from '@/components/ui/result-banner';
import { Link } from '@/i18n/link';
import { htmlLang } from '@/i18n/routing';
import { countryName } from '@/lib/countries';
import { formatStamp } from '@/lib/format';
import { isUuid } from '@/lib/ids';
import { letterActions } from '@/lib/letter-state';
import { pickRow } from '@/lib/localized';
import { fullName } from '@/lib/names';
import { allows } from '@/lib/permissions';
import { adminPage, requireTarget } from '@/server/auth/session';

export const dynamic = 'force-dynamic';

const RESULTS = ['ok', 'not-allowed', 'invalid', 'not-found', 'noSettings'] as const;

/** One letter: its state, the organizer's decisions, and for administrators the passport details and the PDF. */
export default async function LetterPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ result?: string }>;
}) {
  const { id } = await params;
  const { locale, organizer } = await adminPage(params, 'manageAttendees');
  if (!isUuid(id)) notFound();
  const ctx = await letterWithContext(await getDb(), id);
  if (!ctx) notFound();
  // A co-host sees the letters of its own events only.
  await requireTarget(locale, organizer, { event: ctx.event.id });
  const { letter, registration: r, event } = ctx;
  const t = await getTranslations({ locale, namespace: 'VisaLetter.admin' });
  const s = await getTranslations({ locale, namespace: 'Admin.statuses' });
  const { result: asked } = await searchParams;
  const result = RESULTS.find((x) => x === asked);
  const here = `/${locale}/admin/letters/${id}`;
  const actions = letterActions(letter.status, r.status);
  const passports = allows(organizer, 'revealPassport');
  const title = pickRow(ctx.translations, locale, event.sourceLocale)?.title;
  return (
    <section>
      <p>
        <Link href="/admin/letters">← {t('title')}</Link>
      </p>
      <h1>{t('detailTitle', { reference: letter.reference })}</h1>
      {result && <ResultBanner text={t(`results.${result}`)} refused={result !== 'ok'} />}
      <dl className="facts panel">
        <dt>{t('columns.status')}</dt>
        <dd>
          <span className={`status-pill letter-${letter.status}`}>{t(`statuses.${letter.status}`)}</span>
          {letter.reason && <> · {t('reasonShown', { reason: letter.reason })}</>}
        </dd>
        <dt>{t('columns.delegate')}</dt>
        <dd>
          <Link href={`/admin/registrations/${r.id}`}>
            <span lang={htmlLang[r.locale]}>{fullName(r)}</span>
          </Link>{' '}
          · {s(r.status)}
        </dd>
        <dt>{t('columns.event')}</dt>
        <dd>{title}</dd>
        <dt>{t('columns.country')}</dt>
        <dd>{countryName(r.country, locale)}</dd>
        <dt>{t('columns.requested')}</dt>
        <dd>{formatStamp(letter.requestedAt, locale)}</dd>
      </dl>
      {letter.status === 'requested' && r.status !== 'confirmed' && <p className="banner banner-info">{t('needsConfirmed')}</p>}
      <div className="actions">
        {actions
          .filter((a) => a === 'issue' || a === 'regenerate')
          .map((a) => (
            <form key={a} method="post" action="/api/admin/letters" className="inline-form">
              <input type="hidden" name="id" value={id} />
              <input type="hidden" name="action" value={a} />
              <input type="hidden" name="returnTo" value={here} />
              <button type="submit" className={`button${a === 'issue' ? '' : ' secondary'}`}>
                {a === 'issue' ? t('issue') : t('regenerate')}
              </button>
            </form>
          ))}
        {letter.status === 'issued' && passports && (
          <a className="button secondary" href={`/api/admin/letters/${id}/pdf`}>
            {t('download')}
          </a>
        )}
      </div>
      {actions.includes('issue') && <p className="hint">{t('issueHint')}</p>}
      {actions
        .filter((a) => a === 'refuse' || a === 'revoke')
        .map((a) => (
          <form key={a} method="post" action="/api/admin/letters" className="panel registration-form">
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="action" value={a} />
            <input type="hidden" name="returnTo" value={here} />
            <div className="field">
              <label htmlFor={`reason-${a}`}>{t('reason')}</label>
              <textarea id={`reason-${a}`} name="reason" required minLength={3} maxLength={1000} rows={2} />
            </div>
            <button type="submit" className="button secondary">
              {t(a)}
            </button>
          </form>
        ))}
      {passports && letter.detailsSealed && (
        <section className="panel" aria-label={t('reveal')}>
          <LetterDetails
            id={id}
            returnTo={here}
            correctable={letter.status === 'issued' && r.status === 'confirmed'}
            labels={{
              reveal: t('reveal'),
              logged: t('revealLogged'),
              failed: t('results.not-found'),
              regenerate: t('regenerate'),
              regenerateHint: t('regenerateHint'),
              fields: {
                latinFamilyName: t('fields.latinFamilyName'),
                latinGivenName: t('fields.latinGivenName'),
                passportNumber: t('fields.passportNumber'),
                nationality: t('fields.nationality'),
                dateOfBirth: t('fields.dateOfBirth'),
                entryDate: t('fields.entryDate'),
                exitDate: t('fields.exitDate'),
                consulate: t('fields.consulate'),
              },
            }}
          />
        </section>
      )}
    </section>
  );
}
