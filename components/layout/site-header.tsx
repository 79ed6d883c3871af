import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { Link } from '@/i18n/link';
import { LanguageSwitcher } from './language-switcher';

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Layout' });
  const meta = await getTranslations({ locale, namespace: 'Metadata' });
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <div className="container header-row">
        <Link href="/" className="brand">
          {meta('siteName')}
        </Link>
        <nav aria-label={t('mainNav')} className="main-nav">
          <ul>
            <li>
              <Link href="/">{t('home')}</Link>
            </li>
            <li>
              <Link href="/events">{t('events')}</Link>
            </li>
          </ul>
        </nav>
        <LanguageSwitcher current={locale} label={t('language')} />
      </div>
    </header>
  );
}

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Layout' });
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{t('footer')}</p>
      </div>
    </footer>
  );
}
