import { getTranslations } from 'next-intl/server';
import type { ClosedRegistration } from '@/db/queries/manage-closed';
import type { Locale } from '@/i18n/locales';
import { Link } from '@/i18n/link';
import { formatDate } from '@/lib/format';
import { langOf } from '@/lib/localized';

/** A private link opened after its registration was cancelled or erased: what happened and when, nothing personal. */
export async function ClosedRegistrationView({ closed, locale }: { closed: ClosedRegistration; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'PrivateLink' });
  const { event } = closed;
  const date = formatDate(closed.at, event.timeZone, locale);
  const title = <span lang={langOf({ text: '', lang: event.text.lang }, locale)}>{event.text.title}</span>;
  return (
    <section className="manage-page">
      <h1>{t(closed.state === 'erased' ? 'erasedTitle' : 'cancelledTitle')}</h1>
      <p className="banner banner-info" role="status">
        {t.rich(closed.state === 'erased' ? 'erasedOn' : 'cancelledOn', { date, event: () => title })}
      </p>
      <p>{t(closed.state === 'erased' ? 'erasedNext' : 'cancelledNext')}</p>
      <p className="actions">
        <Link href={`/events/${event.slug}`} className="button secondary">
          {t('toEvent')}
        </Link>
      </p>
    </section>
  );
}
