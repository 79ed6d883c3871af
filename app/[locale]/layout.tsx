import type { Metadata, Viewport } from 'next';
import { getTranslations } from 'next-intl/server';
import { ErrorTextsProvider } from '@/components/layout/error-texts';
import { SiteFooter, SiteHeader } from '@/components/layout/site-header';
import { isLocale } from '@/i18n/locales';
import { pageLocale } from '@/i18n/page-locale';
import { htmlLang } from '@/i18n/routing';
import { publicUrl } from '@/lib/seo';
import '../globals.css';

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return {
    metadataBase: new URL(publicUrl()),
    title: { default: t('siteName'), template: `%s · ${t('siteName')}` },
    description: t('siteDescription'),
  };
}

// Public pages render once per locale and path on first request (never at build: the build does not open
// the database) and are served from the shared cache (cache-handler.mjs) until a change revalidates the
// `events` tag, or after 10 s in the background. Private pages (admin, registration) opt out themselves.
export const generateStaticParams = () => [];
export const revalidate = 10;

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b4f6c' };

export default async function LocaleLayout({ children, params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Error' });
  return (
    <html lang={htmlLang[locale]}>
      <body>
        {/* No next-intl provider here: pages whose client components read messages give them their own. */}
        <ErrorTextsProvider texts={{ title: t('title'), body: t('body'), retry: t('retry') }}>
          <SiteHeader locale={locale} />
          <main id="main" tabIndex={-1} className="container">
            {children}
          </main>
          <SiteFooter locale={locale} />
        </ErrorTextsProvider>
      </body>
    </html>
  );
}
