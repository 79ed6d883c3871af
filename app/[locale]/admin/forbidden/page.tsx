import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/i18n/page-locale';

export default async function ForbiddenPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Admin.forbidden' });
  return (
    <section className="message-page">
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
    </section>
  );
}
