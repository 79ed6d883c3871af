import type { EventPage } from '@/db/queries/events';
import type { Locale } from '@/i18n/locales';
import { htmlLang } from '@/i18n/routing';
import { isoWithOffset } from '@/lib/format';
import { publicUrl } from '@/lib/seo';

/** schema.org Event for search engines, serialized so that no `<` can close the script element. */
export function eventJsonLd(event: EventPage, locale: Locale) {
  const url = `${publicUrl()}/${locale}/events/${event.slug}`;
  const data = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.text.title,
    description: event.text.summary,
    url,
    inLanguage: htmlLang[event.text.lang],
    startDate: isoWithOffset(event.startsAt, event.timeZone),
    endDate: isoWithOffset(event.endsAt, event.timeZone),
    eventStatus: event.status === 'cancelled' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: {
      '@type': 'Place',
      name: event.text.venueName,
      address: { '@type': 'PostalAddress', streetAddress: event.text.venueAddress, addressLocality: event.text.city },
      ...(event.latitude && event.longitude
        ? { geo: { '@type': 'GeoCoordinates', latitude: Number(event.latitude), longitude: Number(event.longitude) } }
        : {}),
    },
    organizer: event.text.coHosts.map((name) => ({ '@type': 'Organization', name })),
    ...(event.registration.kind === 'open' || event.registration.kind === 'waitlist'
      ? {
          offers: {
            '@type': 'Offer',
            url: `${url}/register`,
            price: 0,
            priceCurrency: 'CNY',
            availability: event.registration.kind === 'open' ? 'https://schema.org/InStock' : 'https://schema.org/SoldOut',
          },
        }
      : {}),
  };
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
