import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { SiteFooter, SiteHeader } from '@/components/layout/site-header';
import type { Locale } from '@/i18n/locales';
import { htmlLang, routing } from '@/i18n/routing';
import { publicUrl } from '@/lib/seo';
import '../globals.css';

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
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
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const { Error: errorMessages } = await getMessages();
  return (
    <html lang={htmlLang[locale as Locale]}>
      <body>
        {/* Only the error boundary reads messages on the client; other client components get props. */}
        <NextIntlClientProvider messages={{ Error: errorMessages }}>
          <SiteHeader locale={locale} />
          <main id="main" tabIndex={-1} className="container">{children}</main>
          <SiteFooter locale={locale} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
