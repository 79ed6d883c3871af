import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { langOf } from '@/lib/localized';
import { ManageRegistration } from '@/components/registration/manage-registration';
import { getDb } from '@/db/client';
import { loadManagedRegistration, registrationIdByToken } from '@/db/queries/manage';
import { loadClosedRegistration } from '@/db/queries/manage-closed';
import { ClosedRegistrationView } from '@/components/registration/closed-registration';
import { letterForRegistration } from '@/db/queries/letters-read';
import { LetterPanel } from '@/components/letters/letter-panel';
import { registrationExtras } from '@/db/queries/registration-extras';
import { RegistrationExtrasSection } from '@/components/questions/registration-extras-section';
import { Link } from '@/i18n/link';
import { visitChoices } from '@/server/event-page';
import { formatDateRange, formatDateTime, venueLine } from '@/lib/format';
import { fullName } from '@/lib/names';
import { visitSeatShown } from '@/lib/status-truth';
import { pageLocale } from '@/i18n/page-locale';

type Props = {
  params: Promise<{ locale: string; token: string }>;
  searchParams: Promise<{ welcome?: string }>;
};

// Personal: rendered per request, never cached, never indexed (headers in next.config.js).
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: 'ManagePage' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

export default async function ManagePage({ params, searchParams }: Props) {
  const { token } = await params;
  const locale = await pageLocale(params);
  const db = await getDb();
  const registration = await loadManagedRegistration(db, token, locale);
  if (!registration) {
    // Cancelled or erased: say so and when, rather than "page not found" (U3).
    const closed = await loadClosedRegistration(db, token, locale);
    if (!closed) notFound();
    return <ClosedRegistrationView closed={closed} locale={locale} />;
  }
  const registrationId = await registrationIdByToken(db, token);
  const letter = registrationId ? await letterForRegistration(db, registrationId) : null;
  const { welcome } = await searchParams;
  const t = await getTranslations({ locale, namespace: 'ManagePage' });
  const p = await getTranslations({ locale, namespace: 'Punctuation' });
  const { ManagePage: pageMessages, RegistrationForm: formMessages, PrivateLink: linkMessages, Questions, Travel } = await getMessages();
  const extras = registrationId ? await registrationExtras(db, registrationId) : null;
  const { event } = registration;
  const zone = event.timeZone;
  const name = fullName(registration);
  const visitById = new Map(event.visits.map((v) => [v.id, v]));
  const cancelled = event.status === 'cancelled';
  return (
    <section className="manage-page">
      {welcome && !cancelled && (
        <div className={`banner ${registration.status === 'confirmed' ? 'banner-success' : 'banner-info'}`} role="status">
          <p>{t('welcomeByStatus', { status: registration.status })}</p>
          <p>{t('welcomeSent', { email: registration.email })}</p>
        </div>
      )}
      {cancelled && (
        <p className="banner banner-cancelled" role="alert">
          {t('eventCancelled', { kind: event.kind })}
        </p>
      )}
      <h1>{t('title')}</h1>
      <div className="panel">
        <p>{t('reference')}</p>
        <p className="reference" aria-label={registration.reference.split('').join(' ')}>
          {registration.reference}
        </p>
        <p className="hint">{t('referenceQuote')}</p>
        <dl className="facts">
          <dt>{t('status')}</dt>
          <dd>
            <strong>{cancelled ? t('statusEventCancelled', { kind: event.kind }) : t(`statuses.${registration.status}`)}</strong>
            <br />
            {/* What to do next, and entrance instructions only when confirmed (lib/status-truth). */}
            {!cancelled && t('nextStep', { status: registration.status, kind: event.kind })}
          </dd>
          <dt>{t('event')}</dt>
          <dd>
            <Link href={`/events/${event.slug}`} lang={langOf({ text: '', lang: event.text.lang }, locale)}>
              {event.text.title}
            </Link>
            <br />
            {formatDateRange(event.startsAt, event.endsAt, zone, locale)} ·{' '}
            <span lang={langOf({ text: '', lang: event.text.lang }, locale)}>{venueLine(event.text.venueName, '', event.text.city, p('separator'))}</span>
          </dd>
          <dt>{t('name')}</dt>
          <dd>{name}</dd>
          <dt>{t('latinName')}</dt>
          <dd>{registration.latinName}</dd>
          {registration.visaRequested && (
            <>
              <dt>{t('visaRequested')}</dt>
              <dd>✓</dd>
            </>
          )}
        </dl>
      </div>
      {!cancelled && <LetterPanel locale={locale} token={token} registrationStatus={registration.status} letter={letter} />}
      <h2>{t('visits')}</h2>
      {registration.visits.length === 0 ? (
        <p>{t('noVisits')}</p>
      ) : (
        <ul>
          {[...registration.visits]
            .sort((a, b) => (visitById.get(a.visitId)?.startsAt ?? '').localeCompare(visitById.get(b.visitId)?.startsAt ?? ''))
            .map((v) => {
              const visit = visitById.get(v.visitId);
              if (!visit) return null;
              return (
                <li key={v.visitId}>
                  <span lang={langOf(visit.title, locale)}>{visit.title.text}</span> — {formatDateTime(visit.startsAt, zone, locale)} ·{' '}
                  <strong>{t('visitSeat', { status: visitSeatShown(registration.status, v.status) })}</strong>
                </li>
              );
            })}
        </ul>
      )}
      {extras && (
        <RegistrationExtrasSection
          token={token}
          extras={extras}
          locale={locale}
          cancelled={cancelled}
          messages={{ RegistrationForm: formMessages, Questions, Travel }}
        />
      )}
      <NextIntlClientProvider messages={{ ManagePage: pageMessages, RegistrationForm: formMessages, PrivateLink: linkMessages }}>
        <ManageRegistration
          token={token}
          eventTitle={event.text.title}
          email={registration.email}
          kind={event.kind}
          initial={{
            organization: registration.organization,
            position: registration.position ?? '',
            email: registration.email,
            phone: registration.phone,
            dietaryNeeds: registration.dietaryNeeds ?? '',
            accessNeeds: registration.accessNeeds ?? '',
            visitIds: registration.visits.map((v) => v.visitId),
          }}
          visits={event.isPast || cancelled ? [] : visitChoices(event, locale)}
        />
      </NextIntlClientProvider>
    </section>
  );
}
