import type { Metadata } from 'next';
import { loadEventOr404 } from '@/server/event-page';
import { getTranslations } from 'next-intl/server';
import { EventProgram } from '@/components/events/event-program';
import { EventVisits } from '@/components/events/event-visits';
import { RegistrationBadge } from '@/components/events/registration-badge';
import { Markdown } from '@/components/ui/markdown';
import { Link } from '@/i18n/link';
import { htmlLang } from '@/i18n/routing';
import { eventJsonLd } from '@/server/event-json-ld';
import { dailyHours, dayKey, formatDateRange, formatDateTimeRange, formatTimeRange, formatZone, venueLine } from '@/lib/format';
import { acceptsRegistrations } from '@/lib/registration-state';
import { mapLinks } from '@/lib/maps';
import { pageMetadata } from '@/lib/seo';
import { typeset } from '@/lib/typography';

type Props = { params: Promise<{ locale: string; slug: string }> };

export const generateStaticParams = () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, event } = await loadEventOr404(params);
  const meta = await getTranslations({ locale, namespace: 'Metadata' });
  return pageMetadata(locale, `/events/${event.slug}`, event.text.title, event.text.summary, meta('siteName'));
}

export default async function EventDetailPage({ params }: Props) {
  const { locale, event } = await loadEventOr404(params);
  const t = await getTranslations({ locale, namespace: 'EventPage' });
  const p = await getTranslations({ locale, namespace: 'Punctuation' });
  const kinds = await getTranslations({ locale, namespace: 'EventKind' });
  const invitation = await getTranslations({ locale, namespace: 'AccessCode' });
  const text = event.text;
  const foreign = text.lang !== locale ? htmlLang[text.lang] : undefined;
  const zone = event.timeZone;
  const maps = mapLinks(locale, { latitude: event.latitude, longitude: event.longitude, name: text.venueName, city: text.city });
  // A multi-day event shows each day's hours from its program, not "first start – last end" as if daily.
  const multiDay = dayKey(event.startsAt, zone) !== dayKey(event.endsAt, zone);
  const days = multiDay ? dailyHours([...event.program, ...event.visits], zone, locale) : [];
  return (
    <article className="event-page">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: eventJsonLd(event, locale) }} />
      {event.status === 'cancelled' && (
        <p className="banner banner-cancelled" role="alert">
          {t('cancelledNotified', { kind: event.kind })}
        </p>
      )}
      {foreign && <p className="banner banner-info">{t('notTranslated')}</p>}
      <header className="event-header">
        <p className="card-meta">
          <span className="kind">{kinds(event.kind)}</span>
        </p>
        <h1 lang={foreign}>{typeset(text.title, text.lang)}</h1>
        {text.theme && (
          <p className="theme" lang={foreign}>
            <span className="sr-only">{p('label', { label: t('theme') })}</span>
            {p('quoted', { text: text.theme })}
          </p>
        )}
        <p className="lead" lang={foreign}>
          {text.summary}
        </p>
      </header>

      <section className="event-facts" aria-label={t('when')}>
        <dl className="facts">
          <dt>{t('dates')}</dt>
          <dd>
            <time dateTime={event.startsAt}>{formatDateRange(event.startsAt, event.endsAt, zone, locale)}</time>
          </dd>
          <dt>{t('times')}</dt>
          <dd>
            {days.length > 1 ? (
              <ul className="plain">
                {days.map((d) => (
                  <li key={d.date}>{p('labelled', { label: d.date, value: d.hours })}</li>
                ))}
              </ul>
            ) : multiDay ? (
              formatDateTimeRange(event.startsAt, event.endsAt, zone, locale)
            ) : (
              formatTimeRange(event.startsAt, event.endsAt, zone, locale)
            )}{' '}
            <span className="muted">{t('timeZone', { zone: formatZone(event.startsAt, zone, locale) })}</span>
          </dd>
          <dt>{t('where')}</dt>
          <dd>
            <span lang={foreign}>{text.venueName}</span>
            <br />
            <span lang={foreign}>{venueLine('', text.venueAddress, text.city, p('separator'))}</span>
            <br />
            <span className="map-links">
              {maps.map(({ provider, url }) => (
                <a key={provider} href={url} rel="noopener noreferrer" target="_blank">
                  {t(`mapIn.${provider}`)}
                </a>
              ))}
            </span>
          </dd>
          {text.coHosts.length > 0 && (
            <>
              <dt>{t('coHosts')}</dt>
              <dd>
                <ul className="plain" lang={foreign}>
                  {text.coHosts.map((h) => (
                    <li key={h}>{h}</li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          <dt>{t('registration')}</dt>
          <dd>
            <RegistrationBadge state={event.registration} kind={event.kind} timeZone={zone} locale={locale} />
            {event.inviteOnly && <p className="invite-only">{invitation('byInvitation')}</p>}
            {acceptsRegistrations(event.registration) && (
              <p>
                <Link href={`/events/${event.slug}/register`} className="button">
                  {event.registration.kind === 'open' ? t('register') : t('joinWaitlist')}
                </Link>
              </p>
            )}
          </dd>
        </dl>
      </section>

      {event.isPast && text.report && (
        <section aria-labelledby="report-heading">
          <h2 id="report-heading">{t('report')}</h2>
          {text.reportFigures && text.reportFigures.length > 0 && (
            <dl className="figures" aria-label={t('figures')} lang={foreign}>
              {text.reportFigures.map((f) => (
                <div key={f.label}>
                  <dt>{f.label}</dt>
                  <dd>{f.value}</dd>
                </div>
              ))}
            </dl>
          )}
          <Markdown source={text.report} lang={foreign} />
        </section>
      )}

      <section aria-labelledby="about-heading">
        <h2 id="about-heading">{t('about')}</h2>
        <Markdown source={text.body} lang={foreign} />
      </section>

      <section aria-labelledby="program-heading">
        <h2 id="program-heading">{t('program')}</h2>
        <EventProgram event={event} locale={locale} />
      </section>

      {event.visits.length > 0 && (
        <section aria-labelledby="visits-heading">
          <h2 id="visits-heading">{t('visits')}</h2>
          {!event.isPast && <p>{t('visitsLeadByKind', { kind: event.kind })}</p>}
          <EventVisits event={event} locale={locale} />
        </section>
      )}
    </article>
  );
}
