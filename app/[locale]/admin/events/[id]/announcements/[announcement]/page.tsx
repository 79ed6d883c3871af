import { randomUUID } from 'node:crypto';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AnnouncementForm } from '@/components/announcements/announcement-form';
import { audienceValueName } from '@/components/announcements/audience-name';
import { announcementFormLabels } from '@/components/announcements/form-labels';
import { BatchProgress } from '@/components/admin/batch-progress';
import { Markdown } from '@/components/ui/markdown';
import { getDb } from '@/db/client';
import { delegationNames } from '@/db/queries/admin-delegations';
import { adminEvent } from '@/db/queries/admin-events';
import { announcementById } from '@/db/queries/announcements';
import { attendeeCounts } from '@/db/queries/attendees';
import { countAudience } from '@/db/queries/audiences';
import { batchProgress } from '@/db/queries/outbox';
import { LOCALES } from '@/i18n/locales';
import { ResultBanner } from '@/components/ui/result-banner';
import { Link } from '@/i18n/link';
import { htmlLang } from '@/i18n/routing';
import type { AudienceKind } from '@/lib/announcements';
import { countryName } from '@/lib/countries';
import { isUuid } from '@/lib/ids';
import { pickText } from '@/lib/localized';
import { adminPage, requireTarget } from '@/server/auth/session';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string; id: string; announcement: string }>; searchParams: Promise<{ result?: string }> };

/** One announcement: a preview in each language, who gets it and how many; then sending, with live progress. */
export default async function AnnouncementPage({ params, searchParams }: Props) {
  const { id, announcement: aid } = await params;
  const { locale, organizer } = await adminPage(params, 'sendEmail');
  await requireTarget(locale, organizer, { event: id });
  const db = await getDb();
  const [event, a] = await Promise.all([adminEvent(db, id, locale), isUuid(aid) ? announcementById(db, aid) : null]);
  if (!event || !a || a.eventId !== id) notFound();
  const t = await getTranslations({ locale, namespace: 'Announcements' });
  const formLabels = await announcementFormLabels(locale);
  const { result } = await searchParams;
  const audience = { kind: a.audienceKind as AudienceKind, value: a.audienceValue };
  const [counts, delegations, recipients, progress] = await Promise.all([
    attendeeCounts(db, id),
    delegationNames(db, id),
    a.status === 'draft' ? countAudience(db, id, audience) : null,
    a.status === 'sent' ? batchProgress(db, a.id) : null,
  ]);
  const visits = counts.perVisit.map((v) => ({ id: v.id, title: pickText(v.title, locale, event.sourceLocale)?.text ?? '' }));
  const audienceText = [t(`audiences.${audience.kind}`), audienceValueName(audience, { visits, delegations }, locale)].filter(Boolean).join(' · ');
  const here = `/${locale}/admin/events/${id}/announcements/${a.id}`;
  return (
    <section>
      <p>
        <Link href={`/admin/events/${id}/announcements`}>← {t('title')}</Link>
      </p>
      <h1>{pickText(a.subject, locale, a.sourceLocale)?.text}</h1>
      {result === 'already-sent' && (
        <p role="status" className="banner banner-info">
          {t('alreadySent')}
        </p>
      )}
      {/* The changed draft, sent without script, did not pass the checks: nothing of it was saved. */}
      {result === 'invalid' && <ResultBanner text={t('invalid')} refused />}
      {progress && <BatchProgress done={progress.queued === 0} text={t('progress', { sent: progress.sent, total: progress.total, failed: progress.failed })} />}
      <dl className="facts">
        <dt>{t('audience')}</dt>
        <dd>{audienceText}</dd>
        {recipients !== null && (
          <>
            <dt>{t('recipients')}</dt>
            <dd>{t('recipientCount', { count: recipients })}</dd>
          </>
        )}
      </dl>
      {a.status === 'draft' && (
        <form method="post" action="/api/admin/announcements/send">
          <input type="hidden" name="id" value={a.id} />
          <input type="hidden" name="eventId" value={a.eventId} />
          <input type="hidden" name="returnTo" value={here} />
          <button type="submit" className="button" disabled={recipients === 0}>
            {t('send', { count: recipients ?? 0 })}
          </button>
        </form>
      )}
      <h2>{t('preview')}</h2>
      {LOCALES.map((l) => {
        const own = Boolean(a.subject[l] && a.body[l]);
        const shown = own ? l : a.sourceLocale;
        return (
          <article key={l} className="card" aria-labelledby={`preview-${l}`}>
            <h3 id={`preview-${l}`}>{t(`languages.${l}`)}</h3>
            {!own && <p className="hint">{t('previewFallback', { language: t(`languages.${a.sourceLocale}`) })}</p>}
            <p lang={htmlLang[shown]}>
              <strong>{a.subject[shown]}</strong>
            </p>
            <Markdown source={a.body[shown] ?? ''} lang={htmlLang[shown]} />
          </article>
        );
      })}
      {a.status === 'draft' && (
        <>
          <h2>{t('edit')}</h2>
          <AnnouncementForm
            labels={formLabels}
            eventId={id}
            idempotencyKey={randomUUID()}
            returnTo={here}
            visits={visits}
            delegations={delegations}
            countries={counts.byCountry.map((c) => ({ code: c.key, name: countryName(c.key, locale) }))}
            initial={{ id: a.id, sourceLocale: a.sourceLocale, audienceKind: audience.kind, audienceValue: a.audienceValue, subject: a.subject, body: a.body }}
          />
        </>
      )}
    </section>
  );
}
