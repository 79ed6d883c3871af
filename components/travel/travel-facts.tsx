import { getTranslations } from 'next-intl/server';
import type { RegistrationTravel } from '@/db/schema';
import type { Locale } from '@/i18n/locales';
import { travelLine } from '@/lib/travel-text';

/** Arrival, departure, pickup and room as a definition list, in the reader's language. */
export async function TravelFacts({ travel, locale }: { travel: RegistrationTravel | null; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Travel' });
  const p = await getTranslations({ locale, namespace: 'Punctuation' });
  if (!travel) return <p className="muted">{t('nothingYet')}</p>;
  const sep = p('separator');
  return (
    <dl className="facts">
      <dt>{t('arrival')}</dt>
      <dd>{travelLine(travel.arrivalDate, travel.arrivalTime, travel.arrivalCarrier, travel.arrivalPlace, locale, sep) || '—'}</dd>
      <dt>{t('departure')}</dt>
      <dd>{travelLine(travel.departureDate, travel.departureTime, travel.departureCarrier, travel.departurePlace, locale, sep) || '—'}</dd>
      <dt>{t('fields.pickup')}</dt>
      <dd>{t(travel.pickup ? 'pickupYes' : 'pickupNo')}</dd>
      <dt>{t('fields.room')}</dt>
      <dd>{travel.room === 'none' ? t('rooms.none') : t('roomNights', { room: t(`rooms.${travel.room}`), nights: travel.nights })}</dd>
    </dl>
  );
}
