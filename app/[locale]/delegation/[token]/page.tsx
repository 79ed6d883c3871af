import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { AddMember } from '@/components/delegation/add-member';
import { CancelDelegation } from '@/components/delegation/cancel-delegation';
import { MemberActions } from '@/components/delegation/member-actions';
import { MemberTravel } from '@/components/delegation/member-travel';
import { TravelFacts } from '@/components/travel/travel-facts';
import { getDb } from '@/db/client';
import { loadManagedDelegation } from '@/db/queries/delegations';
import { pageLocale } from '@/i18n/page-locale';
import { Link } from '@/i18n/link';
import { htmlLang, localeNames } from '@/i18n/routing';
import { countryName } from '@/lib/countries';
import { formatDateRange, formatDateTime, formatZone } from '@/lib/format';
import { langOf } from '@/lib/localized';
import { fullName, passportName } from '@/lib/names';
import { visitSeatShown } from '@/lib/status-truth';
import { travelInput } from '@/lib/travel-form';
import { visitChoices } from '@/server/event-page';

type Props = { params: Promise<{ locale: string; token: string }>; searchParams: Promise<{ welcome?: string }> };

// Personal: rendered per request, never cached, never indexed.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: 'DelegationPage' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

export default async function DelegationPage({ params, searchParams }: Props) {
  const { token } = await params;
  const locale = await pageLocale(params);
  const delegation = await loadManagedDelegation(await getDb(), token, locale);
  if (!delegation) notFound();
  const { welcome } = await searchParams;
  const t = await getTranslations({ locale, namespace: 'DelegationPage' });
  const s = await getTranslations({ locale, namespace: 'ManagePage' });
  const { DelegationPage: pageMessages, DelegationForm, RegistrationForm, Travel } = await getMessages();
  const { event } = delegation;
  const eventLang = langOf({ text: '', lang: event.text.lang }, locale);
  const choices = visitChoices(event, locale);
  const visitById = new Map(event.visits.map((v) => [v.id, v]));
  const open = delegation.open && event.status !== 'cancelled';
  const active = delegation.members.filter((m) => ['pending', 'confirmed', 'waitlisted'].includes(m.status));
  const { travel } = delegation;
  const travelOpen = travel.asked && travel.editable && event.status !== 'cancelled';
  const deadline = formatDateTime(travel.deadline.toISOString(), event.timeZone, locale);
  const zone = formatZone(travel.deadline.toISOString(), event.timeZone, locale);
  return (
    <section className="manage-page delegation-page">
      {welcome && (
        <div className="banner banner-info" role="status">
          <p>{t('welcome')}</p>
        </div>
      )}
      <h1>{t('title')}</h1>
      <div className="panel">
        <dl className="facts">
          <dt>{t('delegation')}</dt>
          <dd>{delegation.name}</dd>
          <dt>{t('organization')}</dt>
          <dd>
            {delegation.organization} · {countryName(delegation.country, locale)}
          </dd>
          <dt>{t('event')}</dt>
          <dd>
            <Link href={`/events/${event.slug}`} lang={eventLang}>
              {event.text.title}
            </Link>
            <br />
            {formatDateRange(event.startsAt, event.endsAt, event.timeZone, locale)}
          </dd>
          <dt>{t('size')}</dt>
          <dd>{t('sizeValue', { count: active.length })}</dd>
        </dl>
        <p className="hint">{t('linkHint')}</p>
      </div>
      <h2>{t('members')}</h2>
      {/* A cancelled event has no arrivals to give: no deadline is named then. */}
      {travel.asked && event.status !== 'cancelled' && (
        <p className="hint">{travelOpen ? t('travelUntil', { when: deadline }) : t('travelClosed', { when: deadline })}</p>
      )}
      <NextIntlClientProvider messages={{ DelegationPage: pageMessages, DelegationForm, RegistrationForm, Travel }}>
        <ol className="member-list">
          {delegation.members.map((m) => {
            const name = fullName(m);
            const live = ['pending', 'confirmed', 'waitlisted'].includes(m.status);
            return (
              <li key={m.id} className="panel">
                <h3>
                  {m.isHead ? t('headName', { name }) : name} <span className="muted">({passportName(m)})</span>
                </h3>
                <dl className="facts">
                  <dt>{t('status')}</dt>
                  <dd>
                    <strong>{t(`statuses.${m.status}` as 'statuses.confirmed')}</strong>
                  </dd>
                  <dt>{t('reference')}</dt>
                  <dd className="mono">{m.reference}</dd>
                  <dt>{t('language')}</dt>
                  <dd lang={htmlLang[m.locale]}>{localeNames[m.locale]}</dd>
                  <dt>{t('email')}</dt>
                  <dd>{m.email ?? t('emailThroughHead')}</dd>
                  <dt>{t('visits')}</dt>
                  <dd>
                    {m.visits.length === 0
                      ? t('noVisits')
                      : m.visits.map((v) => {
                          const visit = visitById.get(v.visitId);
                          return (
                            visit && (
                              <span key={v.visitId} className="block">
                                <span lang={langOf(visit.title, locale)}>{visit.title.text}</span> — {formatDateTime(visit.startsAt, event.timeZone, locale)} ·{' '}
                                {s('visitSeat', { status: visitSeatShown(m.status, v.status) })}
                              </span>
                            )
                          );
                        })}
                  </dd>
                </dl>
                {live && travelOpen && (
                  <MemberTravel token={token} memberId={m.id} name={name} zone={zone} initial={travelInput(travel.byMember.get(m.id) ?? null)} />
                )}
                {live && !travelOpen && (travel.asked || travel.byMember.has(m.id)) && (
                  <TravelFacts travel={travel.byMember.get(m.id) ?? null} locale={locale} />
                )}
                {live && (
                  <MemberActions
                    token={token}
                    memberId={m.id}
                    name={name}
                    isHead={m.isHead}
                    open={open}
                    visits={choices}
                    chosen={m.visits.map((v) => v.visitId)}
                  />
                )}
              </li>
            );
          })}
        </ol>
        {open ? <AddMember token={token} locale={locale} visits={choices} /> : <p className="banner banner-info">{t('closedNote')}</p>}
        <CancelDelegation token={token} />
      </NextIntlClientProvider>
    </section>
  );
}
