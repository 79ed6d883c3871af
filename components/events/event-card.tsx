import { getTranslations } from 'next-intl/server';
import type { EventCard as Card } from '@/db/queries/events';
import type { Locale } from '@/i18n/locales';
import { Link } from '@/i18n/link';
import { htmlLang } from '@/i18n/routing';
import { formatDateRange } from '@/lib/format';
import { acceptsRegistrations } from '@/lib/registration-state';
import { RegistrationBadge } from './registration-badge';
import { typeset } from '@/lib/typography';

export async function EventCard({ event, locale, headingLevel = 3 }: { event: Card; locale: Locale; headingLevel?: 2 | 3 }) {
  const t = await getTranslations({ locale, namespace: 'EventCard' });
  const kinds = await getTranslations({ locale, namespace: 'EventKind' });
  const p = await getTranslations({ locale, namespace: 'Punctuation' });
  const Heading = `h${headingLevel}` as const;
  const foreign = event.text.lang !== locale ? htmlLang[event.text.lang] : undefined;
  return (
    <article className={`card${event.status === 'cancelled' ? ' card-cancelled' : ''}`}>
      <p className="card-meta">
        <span className="kind">{kinds(event.kind)}</span>
        <span aria-hidden="true"> · </span>
        <time dateTime={event.startsAt}>{formatDateRange(event.startsAt, event.endsAt, event.timeZone, locale)}</time>
        <span aria-hidden="true"> · </span>
        <span lang={foreign}>{event.text.city}</span>
      </p>
      <Heading className="card-title" lang={foreign}>
        <Link href={`/events/${event.slug}`}>{typeset(event.text.title, event.text.lang)}</Link>
      </Heading>
      {event.isPast && event.text.reportHeadline ? (
        <p className="card-outcome">
          <strong>{p('label', { label: t('outcome') })}</strong>
          <span lang={foreign}>{event.text.reportHeadline}</span>
        </p>
      ) : (
        <p className="card-summary" lang={foreign}>
          {event.text.summary}
        </p>
      )}
      <div className="card-footer">
        <RegistrationBadge state={event.registration} kind={event.kind} timeZone={event.timeZone} locale={locale} />
        {acceptsRegistrations(event.registration) && (
          <Link href={`/events/${event.slug}/register`} className="button" aria-label={t('registerFor', { title: event.text.title })}>
            {t('register')}
          </Link>
        )}
      </div>
    </article>
  );
}
