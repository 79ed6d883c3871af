import { getTranslations } from 'next-intl/server';
import type { EventPage } from '@/db/queries/events';
import type { Locale } from '@/i18n/locales';
import { formatDateTimeRange, formatTime, formatZone } from '@/lib/format';
import { langOf } from '@/lib/localized';

export async function EventVisits({ event, locale }: { event: EventPage; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'EventPage' });
  const zone = event.timeZone;
  return (
    <div className="visits">
      <p className="muted">{t('programZone', { zone: formatZone(event.visits[0]!.startsAt, zone, locale) })}</p>
      {event.visits.map((visit) => (
        <article key={visit.id} className="visit" aria-labelledby={`visit-${visit.id}`}>
          <h3 id={`visit-${visit.id}`} lang={langOf(visit.title, locale)}>
            {visit.title.text}
          </h3>
          <p className="card-meta">
            <time dateTime={visit.startsAt}>{formatDateTimeRange(visit.startsAt, visit.endsAt, zone, locale)}</time>
            {!event.isPast && visit.seatsLeft !== null && <> · {t('visitSeats', { count: visit.seatsLeft })}</>}
          </p>
          {visit.description && <p lang={langOf(visit.description, locale)}>{visit.description.text}</p>}
          <dl className="facts">
            {visit.meetingPoint && (
              <>
                <dt>{t('meetingPoint')}</dt>
                <dd lang={langOf(visit.meetingPoint, locale)}>{visit.meetingPoint.text}</dd>
              </>
            )}
            {visit.transport && (
              <>
                <dt>{t('transport')}</dt>
                <dd lang={langOf(visit.transport, locale)}>{visit.transport.text}</dd>
              </>
            )}
          </dl>
          {visit.stops.length > 0 && (
            <>
              <h4>{t('itinerary')}</h4>
              <ol className="stops">
                {visit.stops.map((stop) => (
                  <li key={stop.at + stop.place.text}>
                    <time dateTime={stop.at} className="slot">
                      {formatTime(stop.at, zone, locale)}
                    </time>
                    <div>
                      <p className="program-title" lang={langOf(stop.place, locale)}>
                        {stop.place.text}
                      </p>
                      {stop.activity && <p lang={langOf(stop.activity, locale)}>{stop.activity.text}</p>}
                    </div>
                  </li>
                ))}
              </ol>
            </>
          )}
        </article>
      ))}
    </div>
  );
}
