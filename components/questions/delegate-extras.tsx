import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { registrationExtras } from '@/db/queries/registration-extras';
import type { Locale } from '@/i18n/locales';
import { TravelFacts } from '@/components/travel/travel-facts';
import { AnswerFacts } from './answer-facts';

/** The back office's view of one delegate's answers and travel (#16). */
export async function DelegateExtras({ registrationId, locale }: { registrationId: string; locale: Locale }) {
  const extras = await registrationExtras(await getDb(), registrationId);
  if (!extras || (extras.questions.length === 0 && !extras.asksTravel && !extras.travel)) return null;
  const t = await getTranslations({ locale, namespace: 'Questions' });
  const tr = await getTranslations({ locale, namespace: 'Travel' });
  return (
    <>
      {extras.questions.length > 0 && (
        <section className="panel" aria-labelledby="answers-heading">
          <h2 id="answers-heading">{t('legend')}</h2>
          <AnswerFacts questions={extras.questions} answers={extras.answers} locale={locale} source={extras.sourceLocale} />
        </section>
      )}
      {(extras.asksTravel || extras.travel) && (
        <section className="panel" aria-labelledby="travel-heading">
          <h2 id="travel-heading">{tr('legend')}</h2>
          <TravelFacts travel={extras.travel} locale={locale} />
        </section>
      )}
    </>
  );
}
