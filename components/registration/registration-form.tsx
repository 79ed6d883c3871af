'use client';

import { useTranslations } from 'next-intl';
import { type FormEvent, lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { QuestionFields } from '@/components/questions/question-fields';
import { TravelFields } from '@/components/travel/travel-fields';
import { DraftNotice } from '@/components/ui/draft-notice';
import { useHydrated } from '@/components/ui/use-hydrated';
import { useFormDraft } from '@/components/ui/use-form-draft';
import type { Locale } from '@/i18n/locales';
import type { CountryOption } from '@/lib/countries';
import { blankTravel } from '@/lib/travel-form';
import { KNOWN_ERRORS } from '@/lib/validations/error-keys';
import type { FormQuestion } from '@/lib/validations/questions';
import { AccessCodeField, useAccessCode } from './access-code-field';
import { ConsentFieldset } from './consent-fieldset';
import { ContactFieldset } from './contact-fieldset';
import { emptyMember } from './delegation-values';
import { ErrorSummary } from './error-summary';
import { ParticipationFieldset } from './participation-fieldset';
import { PersonFieldset } from './person-fieldset';
import { RegistrationReceived } from './registration-received';
import { type FieldsetProps, type FormValues, type Mode, ModeChoice } from './registration-mode';
import { VisaFieldset } from './visa-fieldset';
import type { VisitChoice } from './visit-choices';

// A delegation's fields load when a head chooses them (React's lazy: next/dynamic's own runtime weighs more than they do).
const DelegationFields = lazy(() => import('./delegation-fields').then((m) => ({ default: m.DelegationFields })));
// The rules (zod and the schemas) load when a person starts filling the form in, not with the page.
const loadRules = () => import('./registration-rules');

interface Props {
  locale: Locale;
  slug: string;
  countries: CountryOption[];
  visits: VisitChoice[];
  /** The kind of event: the messages choose the vocabulary (a delegation trip is not a conference). */
  kind: string;
  /** Invitation-only event: the form asks for an access code. */
  inviteOnly?: boolean;
  /** The event's own questions and whether it asks for arrivals (#16). */
  questions?: FormQuestion[];
  asksTravel?: boolean;
  source?: Locale;
  zone?: string;
}

/** The public registration form: it holds the values and sends them; each fieldset is its own component. */
export function RegistrationForm({
  locale,
  slug,
  countries,
  visits,
  kind,
  inviteOnly = false,
  questions = [],
  asksTravel = false,
  source = locale,
  zone = '',
}: Props) {
  const t = useTranslations('RegistrationForm');
  const fd = useTranslations('FormDraft');
  const [mode, setMode] = useState<Mode>('alone');
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const hydrated = useHydrated();
  const formRef = useRef<HTMLFormElement>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [received, setReceived] = useState<string | null>(null);
  const {
    control,
    register,
    handleSubmit,
    getValues,
    setError,
    setValue,
    watch,
    reset,
    formState: { errors, isSubmitting, submitCount },
  } = useForm<FormValues>({
    resolver: async (values, context, options) => {
      const rules = await loadRules().catch(() => null);
      // Should the download fail, the server checks alone: its answer goes beside the fields all the same.
      if (!rules) return { values, errors: {} };
      return rules.registrationResolver(mode, questions, asksTravel)(values, context, options);
    },
    defaultValues: {
      idempotencyKey,
      visitIds: [],
      visaRequested: false,
      website: '',
      delegation: { members: [] },
      answers: {},
      ...(asksTravel ? { travel: blankTravel() } : {}),
    } as Partial<FormValues>,
    shouldFocusError: false,
  });
  // Typing survives a reload or a switch of language; passport data never goes into the browser's storage.
  const draft = useFormDraft({ storageKey: `registration-draft:${slug}`, form: { watch, reset, getValues }, exclude: DRAFT_EXCLUDED });
  useEffect(() => {
    // Boxes ticked before the script ran stay ticked on the page, but the form's watchers (the visa details
    // that open beneath their box) were computed from the defaults: one reset from what the page shows.
    const data = new FormData(formRef.current ?? undefined);
    const ticked = { visaRequested: data.has('visaRequested'), visitIds: data.getAll('visitIds').map(String) };
    if (ticked.visaRequested || ticked.visitIds.length > 0) reset({ ...getValues(), ...ticked }, { keepDefaultValues: true });
  }, [getValues, reset]);
  const access = useAccessCode(inviteOnly);
  const delegationType = useWatch({ control, name: 'delegationType' });
  const error: FieldsetProps['error'] = (name) => {
    const key = errors[name]?.message as string | undefined;
    return key ? t(`errors.${KNOWN_ERRORS.has(key) ? key : 'invalid'}` as 'errors.invalid') : undefined;
  };
  const fieldset = { register, error };
  const chooseMode = (next: Mode) => {
    setMode(next);
    if (next === 'delegation' && (getValues('delegation.members')?.length ?? 0) === 0) setValue('delegation.members', [emptyMember(locale)]);
  };

  async function submit() {
    setOutcome(null);
    let response: Response;
    try {
      const { delegation, ...head } = getValues();
      const path = mode === 'delegation' ? 'delegations' : 'registrations';
      response = await fetch(`/api/events/${encodeURIComponent(slug)}/${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...head, ...(mode === 'delegation' ? { delegation } : {}), idempotencyKey, locale, ...access.payload() }),
      });
    } catch {
      return setOutcome('network');
    }
    const body = await response.json().catch(() => ({}));
    if (response.ok && body.ok) {
      draft.clear();
      setReceived(getValues('email'));
      return;
    }
    if (access.handles(body)) return;
    if (body.error === 'validation' && body.fields) {
      for (const [field, key] of Object.entries(body.fields as Record<string, string>)) {
        setError(field as 'answers', { message: key });
      }
      for (const [path, key] of Object.entries((body.delegation ?? {}) as Record<string, string>)) {
        setError(`delegation.${path}` as 'delegation.name', { message: key });
      }
      focusSummary();
      return;
    }
    setOutcome(['duplicate', 'closed', 'notFound', 'rateLimited', 'rejected'].includes(body.error) ? body.error : 'tryAgain');
  }

  const focusSummary = () => summaryRef.current?.focus();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => handleSubmit(submit, focusSummary)(event);

  if (received) return <RegistrationReceived email={received} slug={slug} />;
  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} onFocus={() => void loadRules().catch(() => undefined)} className="registration-form">
      <div ref={summaryRef} tabIndex={-1} className="form-messages">
        {draft.restored && (
          <DraftNotice
            text={fd('restored')}
            discardLabel={fd('discard')}
            onDiscard={() =>
              draft.discard({ idempotencyKey, visitIds: [], visaRequested: false, website: '', delegation: { members: [] } } as Partial<FormValues>)
            }
          />
        )}
        {submitCount > 0 && <ErrorSummary errors={errors} error={error} mode={mode} questions={questions} locale={locale} source={source} />}
        {outcome && (
          <div role="alert" className={`banner ${outcome === 'duplicate' ? 'banner-info' : 'banner-error'}`}>
            {t(`outcome.${outcome}` as 'outcome.tryAgain')}
          </div>
        )}
      </div>

      {inviteOnly && <AccessCodeField {...access.field} />}
      <ModeChoice onChange={chooseMode} />
      <PersonFieldset {...fieldset} locale={locale} mode={mode} countries={countries} />
      <ContactFieldset {...fieldset} />
      <ParticipationFieldset {...fieldset} kind={kind} visits={visits} />
      <QuestionFields
        questions={questions}
        locale={locale}
        source={source}
        delegationType={delegationType || undefined}
        register={register}
        errors={errors.answers as never}
        requiredLabel={t('requiredNote')}
      />
      {asksTravel && <TravelFields register={register} errors={errors.travel as never} zone={zone} />}
      {mode === 'delegation' && (
        <Suspense>
          <DelegationFields
            locale={locale}
            control={control as never}
            register={register as never}
            errors={errors.delegation}
            countries={countries}
            visits={visits}
          />
        </Suspense>
      )}
      <VisaFieldset {...fieldset} control={control} countries={countries} />
      <ConsentFieldset {...fieldset} />

      <button type="submit" className="button button-large" disabled={isSubmitting || !hydrated} aria-busy={isSubmitting}>
        {isSubmitting ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}

const DRAFT_EXCLUDED = ['passportNumber', 'nationality', 'dateOfBirth', 'visaConsent', 'website', 'idempotencyKey'] as const;
