import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { EventEditor } from '@/components/admin/event-editor';
import { Link } from '@/i18n/link';
import { adminPage } from '@/server/auth/session';
import { blankEvent } from '@/lib/event-form';
import { TIME_ZONES } from '@/lib/zoned-time';
import { zoneOptions } from '@/lib/zone-names';
import { pageLocale } from '@/i18n/page-locale';

type Props = { params: Promise<{ locale: string }> };

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: 'EventEditor' });
  return { title: t('titleNew') };
}

export default async function NewEventPage({ params }: Props) {
  const { locale } = await adminPage(params, 'editEvents');
  const t = await getTranslations({ locale, namespace: 'EventEditor' });
  const { EventEditor: editorMessages, EventKind, DelegationRule, FormDraft } = await getMessages();
  return (
    <section className="event-editor-page">
      <p>
        <Link href="/admin">← {t('backToEvents')}</Link>
      </p>
      <h1>{t('titleNew')}</h1>
      <p className="lead">{t('introNew')}</p>
      <NextIntlClientProvider messages={{ EventEditor: editorMessages, EventKind, DelegationRule, FormDraft }}>
        <EventEditor locale={locale} initial={blankEvent(locale)} zones={zoneOptions(TIME_ZONES, locale)} delegates={{}} />
      </NextIntlClientProvider>
    </section>
  );
}
