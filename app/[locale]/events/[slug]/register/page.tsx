import type { Metadata } from 'next';
import { loadEventOr404, visitChoices } from '@/server/event-page';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { RegistrationForm } from '@/components/registration/registration-form';
import { Link } from '@/i18n/link';
import { countryOptions } from '@/lib/countries';
import { acceptsRegistrations } from '@/lib/registration-state';
import { pageMetadata } from '@/lib/seo';
import { typeset } from '@/lib/typography';
import { getEventForm } from '@/db/queries/public-form';
import { formatZone } from '@/lib/format';

type Props = { params: Promise<{ locale: string; slug: string }> };

export const generateStaticParams = () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, event } = await loadEventOr404(params);
  const t = await getTranslations({ locale, namespace: 'RegisterPage' });
  const meta = await getTranslations({ locale, namespace: 'Metadata' });
  return pageMetadata(
    locale,
    `/events/${event.slug}/register`,
    t('title', { title: event.text.title }),
    t('metaDescription', { title: event.text.title }),
    meta('siteName'),
  );
}

export default async function RegisterPage({ params }: Props) {
  const { locale, event } = await loadEventOr404(params);
  const t = await getTranslations({ locale, namespace: 'RegisterPage' });
  const invitation = await getTranslations({ locale, namespace: 'AccessCode' });
  const {
    RegistrationForm: formMessages,
    RegistrationReceived: receivedMessages,
    FormDraft: draftMessages,
    AccessCode,
    DelegationForm,
    Questions,
    Travel,
  } = await getMessages();
  const form = await getEventForm(event.slug);
  const open = acceptsRegistrations(event.registration);
  return (
    <section className="register-page">
      <p>
        <Link href={`/events/${event.slug}`}>← {t('backToEvent')}</Link>
      </p>
      <h1>{t('title', { title: typeset(event.text.title, event.text.lang) })}</h1>
      {!open ? (
        <p className="banner banner-info">{t('closed')}</p>
      ) : (
        <>
          <p>{t('intro')}</p>
          {event.registration.kind === 'waitlist' && <p className="banner banner-info">{t('waitlistNoticeByKind', { kind: event.kind })}</p>}
          {event.approvalMode === 'organizer' && <p className="banner banner-info">{t('approvalNotice')}</p>}
          {event.inviteOnly && <p className="banner banner-info">{invitation('notice')}</p>}
          <NextIntlClientProvider
            messages={{
              RegistrationForm: formMessages,
              RegistrationReceived: receivedMessages,
              FormDraft: draftMessages,
              DelegationForm,
              Questions,
              Travel,
              ...(event.inviteOnly ? { AccessCode } : {}),
            }}
          >
            <RegistrationForm
              locale={locale}
              slug={event.slug}
              countries={countryOptions(locale)}
              visits={visitChoices(event, locale)}
              kind={event.kind}
              inviteOnly={event.inviteOnly}
              questions={form?.questions ?? []}
              asksTravel={form?.asksTravel ?? false}
              source={event.text.lang}
              zone={formatZone(event.startsAt, event.timeZone, locale)}
            />
          </NextIntlClientProvider>
        </>
      )}
    </section>
  );
}
