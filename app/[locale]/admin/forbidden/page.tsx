import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/i18n/page-locale';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ what?: string }> };

/** A page, or an action from a plain form or download link (`?what=action`), that this account may not reach. */
export default async function ForbiddenPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Admin.forbidden' });
  const { what } = await searchParams;
  return (
    <section className="message-page">
      <h1>{t('title')}</h1>
      <p role={what === 'action' ? 'alert' : undefined}>{t(what === 'action' ? 'action' : 'body')}</p>
    </section>
  );
}
