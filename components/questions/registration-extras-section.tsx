import { NextIntlClientProvider } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import type { AbstractIntlMessages } from 'next-intl';
import type { RegistrationExtras } from '@/db/queries/registration-extras';
import type { Locale } from '@/i18n/locales';
import { formatDateTime, formatZone } from '@/lib/format';
import { travelInput } from '@/lib/travel-form';
import { TravelFacts } from '@/components/travel/travel-facts';
import { AnswerFacts } from './answer-facts';
import { formAnswers } from '@/lib/validations/questions';
import { ManageExtras } from './manage-extras';

/** The private page's part for the event's questions and travel (#16): a form until the deadline, then the facts. */
export async function RegistrationExtrasSection({
  token,
  extras,
  locale,
  cancelled,
  messages,
}: {
  token: string;
  extras: RegistrationExtras;
  locale: Locale;
  cancelled: boolean;
  messages: AbstractIntlMessages;
}) {
  const live = extras.questions.filter((q) => !q.archived);
  if (extras.questions.length === 0 && !extras.asksTravel && !extras.travel) return null;
  const t = await getTranslations({ locale, namespace: 'Questions.manage' });
  const zone = formatZone(extras.deadline.toISOString(), extras.timeZone, locale);
  if (!extras.editable || cancelled) {
    return (
      <section aria-labelledby="extras-heading">
        <h2 id="extras-heading">{t('heading')}</h2>
        <AnswerFacts questions={extras.questions} answers={extras.answers} locale={locale} source={extras.sourceLocale} />
        {(extras.asksTravel || extras.travel) && <TravelFacts travel={extras.travel} locale={locale} />}
        {!cancelled && <p className="hint">{t('closedSince', { when: formatDateTime(extras.deadline.toISOString(), extras.timeZone, locale) })}</p>}
      </section>
    );
  }
  return (
    <section className="panel">
      <NextIntlClientProvider messages={messages}>
        <ManageExtras
          token={token}
          questions={live}
          asksTravel={extras.asksTravel}
          delegationType={extras.delegationType}
          locale={locale}
          source={extras.sourceLocale}
          zone={zone}
          initial={{
            answers: formAnswers(extras.answers),
            ...(extras.asksTravel ? { travel: travelInput(extras.travel) } : {}),
          }}
        />
      </NextIntlClientProvider>
      <p className="hint">{t('openUntil', { when: formatDateTime(extras.deadline.toISOString(), extras.timeZone, locale) })}</p>
    </section>
  );
}
