import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';

export default async function ForbiddenPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Admin.forbidden' });
  return <section className="message-page"><h1>{t('title')}</h1><p>{t('body')}</p></section>;
}
