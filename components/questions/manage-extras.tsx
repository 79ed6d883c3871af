'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { type Resolver, useForm } from 'react-hook-form';
import type { Locale } from '@/i18n/locales';
import { type FormQuestion } from '@/lib/validations/questions';
import { type TravelInput } from '@/lib/validations/travel';
import { TravelFields } from '@/components/travel/travel-fields';
import { withExtras } from './extras-resolver';
import { QuestionFields } from './question-fields';

interface Values {
  answers: Record<string, unknown>;
  travel?: TravelInput;
}

/** Answers as the form's controls hold them: yes/no radios send 'yes'/'no'. */
/** The private page's form for the event's questions and travel details (#16), open until the deadline. */
export function ManageExtras({
  token,
  questions,
  asksTravel,
  delegationType,
  locale,
  source,
  zone,
  initial,
}: {
  token: string;
  questions: FormQuestion[];
  asksTravel: boolean;
  delegationType: string;
  locale: Locale;
  source: Locale;
  zone: string;
  initial: Values;
}) {
  const t = useTranslations('Questions.manage');
  const f = useTranslations('RegistrationForm');
  const router = useRouter();
  const [outcome, setOutcome] = useState<string | null>(null);
  const none: Resolver<Values> = async (values) => ({ values, errors: {} });
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: withExtras(none, questions, asksTravel, () => delegationType),
    defaultValues: initial,
  });

  async function save(values: Values) {
    setOutcome(null);
    const response = await fetch('/api/registration/extras', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token, ...values }),
    }).catch(() => null);
    const body = (await response?.json().catch(() => ({}))) ?? {};
    if (response?.ok) {
      router.refresh();
      return setOutcome('saved');
    }
    if (body.error === 'validation') {
      for (const [field, key] of Object.entries(body.fields as Record<string, string>)) setError(field as 'answers', { message: key });
      return setOutcome('invalid');
    }
    setOutcome(body.error === 'closed' ? 'closed' : 'tryAgain');
  }

  return (
    <form noValidate className="registration-form" onSubmit={handleSubmit(save, () => setOutcome('invalid'))} aria-labelledby="extras-heading">
      <h2 id="extras-heading">{t('heading')}</h2>
      <QuestionFields
        questions={questions}
        locale={locale}
        source={source}
        delegationType={delegationType}
        register={register}
        errors={errors.answers as never}
        requiredLabel={f('requiredNote')}
      />
      {asksTravel && <TravelFields register={register} errors={errors.travel as never} zone={zone} />}
      <div role="status">
        {outcome && <p className={`banner ${outcome === 'saved' ? 'banner-success' : 'banner-error'}`}>{t(`outcome.${outcome}` as 'outcome.saved')}</p>}
      </div>
      <button type="submit" className="button" disabled={isSubmitting}>
        {t('save')}
      </button>
    </form>
  );
}
