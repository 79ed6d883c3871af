import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/link';

export default function NotFound() {
  const t = useTranslations('NotFound');
  return (
    <section className="message-page">
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      <p className="actions">
        <Link href="/" className="button">
          {t('home')}
        </Link>
        <Link href="/events" className="button secondary">
          {t('events')}
        </Link>
      </p>
    </section>
  );
}
