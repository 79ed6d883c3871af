import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { formatDate } from '@/lib/format';
import type { RegistrationState } from '@/lib/registration-state';

/** One line saying whether and how one can register: opens on / open with seats / wait list / closed. */
export async function RegistrationBadge({
  state,
  kind,
  timeZone,
  locale,
}: {
  state: RegistrationState;
  /** Seats at a conference, places on a delegation trip: the messages choose by kind. */
  kind: string;
  timeZone: string;
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: 'Registration' });
  switch (state.kind) {
    case 'cancelled':
      return <span className="badge badge-cancelled">{t('cancelled')}</span>;
    case 'past':
      return <span className="badge badge-muted">{t('past')}</span>;
    case 'not-offered':
      return <span className="badge badge-muted">{t('notOffered')}</span>;
    case 'opens':
      return <span className="badge badge-soon">{t('opens', { date: formatDate(state.opensAt, timeZone, locale) })}</span>;
    case 'open':
      return (
        <span className="badge badge-open">
          {t('open')}
          {state.seatsLeft !== null && <> · {t('placesLeft', { kind, count: state.seatsLeft })}</>}
        </span>
      );
    case 'waitlist':
      return <span className="badge badge-soon">{t('waitlistByKind', { kind })}</span>;
    case 'closed':
      return <span className="badge badge-muted">{t('closed')}</span>;
  }
}
