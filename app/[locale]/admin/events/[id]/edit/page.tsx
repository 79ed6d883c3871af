import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { EventEditor } from '@/components/admin/event-editor';
import { EventStatusPanel } from '@/components/admin/event-status-panel';
import { QuestionsEditor } from '@/components/questions/questions-editor';
import { questionsEditorInitial } from '@/db/queries/questions';
import { getDb } from '@/db/client';
import { loadEventEditor } from '@/db/queries/event-editor-load';
import { activeRegistrationCount } from '@/db/queries/cancellations';
import { Link } from '@/i18n/link';
import { htmlLang } from '@/i18n/routing';
import { adminPage } from '@/server/auth/session';
import { TIME_ZONES } from '@/lib/zoned-time';
import { zoneOptions } from '@/lib/zone-names';
import { pageLocale } from '@/i18n/page-locale';

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ created?: string; status?: string }>;
};

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: 'EventEditor' });
  return { title: t('titleEdit') };
}

export default async function EditEventPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { locale } = await adminPage(params, 'editEvents');
  const db = await getDb();
  const event = await loadEventEditor(db, id, locale);
  if (!event) notFound();
  const activeCount = await activeRegistrationCount(db, id);
  const t = await getTranslations({ locale, namespace: 'EventEditor' });
  const p = await getTranslations({ locale, namespace: 'Punctuation' });
  const { EventEditor: editorMessages, EventKind, DelegationRule, FormDraft, Questions, RegistrationForm } = await getMessages();
  const questions = await questionsEditorInitial(await getDb(), id);
  const { created, status } = await searchParams;
  // Offer the event's own zone too when it is not one of the usual ones.
  const zones = TIME_ZONES.includes(event.values.timeZone as (typeof TIME_ZONES)[number]) ? [...TIME_ZONES] : [event.values.timeZone!, ...TIME_ZONES];
  return (
    <section className="event-editor-page">
      <p>
        <Link href={`/admin/events/${id}`}>← {t('backToEvent')}</Link>
      </p>
      <h1>
        {p('label', { label: t('titleEdit') })}
        <span lang={event.titleLang !== locale ? htmlLang[event.titleLang] : undefined}>{event.title}</span>
      </h1>
      {created === '1' && (
        <p role="status" className="banner banner-success">
          {t('outcome.created')}
        </p>
      )}
      <EventStatusPanel
        locale={locale}
        id={id}
        slug={event.slug}
        status={event.status}
        done={status}
        refused={status === 'cancelledIsFinal'}
        kind={event.values.kind ?? 'conference'}
        title={event.title}
        activeCount={activeCount}
      />
      <NextIntlClientProvider messages={{ EventEditor: editorMessages, EventKind, DelegationRule, FormDraft }}>
        <EventEditor locale={locale} initial={event.values} zones={zoneOptions(zones, locale)} delegates={event.delegates} />
      </NextIntlClientProvider>
      <NextIntlClientProvider messages={{ Questions, RegistrationForm: { delegationTypes: RegistrationForm.delegationTypes } }}>
        <QuestionsEditor initial={questions.initial} answered={questions.answered} />
      </NextIntlClientProvider>
    </section>
  );
}
