'use client';

import { useTranslations } from 'next-intl';
import { type FormEvent, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { DraftNotice } from '@/components/ui/draft-notice';
import { Field } from '@/components/ui/field';
import type { Locale } from '@/i18n/locales';
import { DELEGATION_TYPES, HONORIFICS } from '@/lib/domain';
import type { CountryOption } from '@/lib/countries';
import { RegistrationReceived } from './registration-received';
import { useFormDraft } from '@/components/ui/use-form-draft';
import { type VisitChoice, VisitChoices } from './visit-choices';
import { AccessCodeField, useAccessCode } from './access-code-field';
import type { RegistrationInput } from '@/lib/validations/registration';
import { DELEGATION_ERRORS, KNOWN_ERRORS } from '@/lib/validations/error-keys';
import { DelegationFields, delegationErrorList, emptyMember } from './delegation-fields';
import { type FormValues, ModeChoice } from './registration-mode';
import { QuestionFields } from '@/components/questions/question-fields';
import { extraErrorEntries, FormExtrasSummary } from '@/components/questions/form-extras-summary';
import { TravelFields } from '@/components/travel/travel-fields';
import type { FormQuestion } from '@/lib/validations/questions';
import { blankTravel } from '@/lib/travel-form';

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

// The rules (zod and the schemas) load when a person starts filling the form in, not with the page.
const loadRules = () => import('./registration-rules');

// Russian forms ask Фамилия, Имя, Отчество in that order, as official forms do.
const FAMILY_FIRST: Locale[] = ['zh', 'ja', 'ko', 'ru'];

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
  const d = useTranslations('DelegationForm');
  const [mode, setMode] = useState<'alone' | 'delegation'>('alone');
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [outcome, setOutcome] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [received, setReceived] = useState<string | null>(null);
  const fd = useTranslations('FormDraft');
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
  const visa = useWatch({ control, name: 'visaRequested' });
  const access = useAccessCode(inviteOnly);
  const delegationType = useWatch({ control, name: 'delegationType' });
  const message = (key?: string) => (key ? t(`errors.${KNOWN_ERRORS.has(key) ? key : 'invalid'}` as 'errors.invalid') : undefined);
  const err = (name: keyof RegistrationInput) => message(errors[name]?.message as string | undefined);
  const common = { requiredLabel: t('requiredNote') };
  const extraErrors = extraErrorEntries(errors);
  const headErrors = Object.keys(errors).filter((f) => f !== 'delegation' && f !== 'answers' && f !== 'travel');
  const groupErrors =
    mode === 'delegation'
      ? delegationErrorList(errors.delegation, (field, n) =>
          n ? d('memberField', { n, label: fieldLabel(t, field) ?? d(`fields.${field}` as 'fields.name') }) : d(`fields.${field}` as 'fields.name'),
        )
      : [];
  const errorCount = headErrors.length + groupErrors.length + extraErrors.length;
  const chooseMode = (next: 'alone' | 'delegation') => {
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
        body: JSON.stringify({ ...head, ...(mode === 'delegation' ? { delegation } : {}), idempotencyKey, locale, ...access.payload }),
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

  const nameFields = [
    <Field key="family" {...common} id="familyName" label={t('fields.familyName')} required error={err('familyName')}>
      {(aria) => <input {...aria} {...register('familyName')} autoComplete="family-name" maxLength={100} />}
    </Field>,
    <Field key="given" {...common} id="givenName" label={t('fields.givenName')} required error={err('givenName')}>
      {(aria) => <input {...aria} {...register('givenName')} autoComplete="given-name" maxLength={100} />}
    </Field>,
  ];
  if (!FAMILY_FIRST.includes(locale)) nameFields.reverse();
  if (locale === 'ru') {
    nameFields.push(
      <Field key="patronymic" {...common} id="patronymic" label={t('fields.patronymic')} error={err('patronymic')}>
        {(aria) => <input {...aria} {...register('patronymic')} autoComplete="additional-name" maxLength={100} />}
      </Field>,
    );
  }

  if (received) return <RegistrationReceived email={received} slug={slug} />;
  return (
    <form noValidate onSubmit={onSubmit} onFocus={() => void loadRules().catch(() => undefined)} className="registration-form">
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
        {submitCount > 0 && errorCount > 0 && (
          <div role="alert" className="banner banner-error">
            {t('errorSummary', { count: errorCount })}
            <ul>
              {headErrors
                .sort((a, b) => formOrder(a) - formOrder(b))
                .map((f) => {
                  const label = fieldLabel(t, f);
                  const text = err(f as keyof RegistrationInput);
                  return (
                    <li key={f}>
                      {label ? (
                        <>
                          <a href={`#${f}`}>{t('summaryItem', { label })}</a>
                          {text}
                        </>
                      ) : (
                        text
                      )}
                    </li>
                  );
                })}
              {groupErrors.map((e) => {
                const text = d(`errors.${DELEGATION_ERRORS.has(e.key) ? e.key : 'invalid'}` as 'errors.invalid');
                return (
                  <li key={e.id}>
                    {e.label ? (
                      <>
                        <a href={`#${e.id}`}>{t('summaryItem', { label: e.label })}</a>
                        {text}
                      </>
                    ) : (
                      text
                    )}
                  </li>
                );
              })}
              <FormExtrasSummary entries={extraErrors} questions={questions} locale={locale} source={source} />
            </ul>
          </div>
        )}
        {outcome && (
          <div role="alert" className={`banner ${outcome === 'duplicate' ? 'banner-info' : 'banner-error'}`}>
            {t(`outcome.${outcome}` as 'outcome.tryAgain')}
          </div>
        )}
      </div>

      {inviteOnly && <AccessCodeField {...access.field} />}
      <ModeChoice mode={mode} onChange={chooseMode} />

      <fieldset>
        <legend>{mode === 'delegation' ? d('headSection') : t('sections.person')}</legend>
        <Field {...common} id="honorific" label={t('fields.honorific')} error={err('honorific')}>
          {(aria) => (
            <select {...aria} {...register('honorific')}>
              <option value="">{t('fields.honorificNone')}</option>
              {HONORIFICS.map((h) => (
                <option key={h} value={h}>
                  {t(`honorifics.${h}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <p className="hint">{t('fields.nameHint')}</p>
        <div className="field-row">{nameFields}</div>
        {/* The hint is for both passport fields, so it stands above the pair and the two inputs line up (K47). */}
        <p className="hint">{t('fields.latinHint')}</p>
        <div className="field-row">
          <Field {...common} id="latinFamilyName" label={t('fields.latinFamilyName')} required error={err('latinFamilyName')}>
            {(aria) => <input {...aria} {...register('latinFamilyName')} lang="en" autoCapitalize="characters" maxLength={100} />}
          </Field>
          <Field {...common} id="latinGivenName" label={t('fields.latinGivenName')} required error={err('latinGivenName')}>
            {(aria) => <input {...aria} {...register('latinGivenName')} lang="en" autoCapitalize="characters" maxLength={100} />}
          </Field>
        </div>
        <div className="field-row">
          <Field {...common} id="organization" label={t('fields.organization')} required error={err('organization')}>
            {(aria) => <input {...aria} {...register('organization')} autoComplete="organization" maxLength={200} />}
          </Field>
          <Field {...common} id="position" label={t('fields.position')} error={err('position')}>
            {(aria) => <input {...aria} {...register('position')} autoComplete="organization-title" maxLength={200} />}
          </Field>
        </div>
        <Field {...common} id="country" label={t('fields.country')} required error={err('country')}>
          {(aria) => (
            <select {...aria} {...register('country')} autoComplete="country">
              <option value="">{t('fields.countryPlaceholder')}</option>
              {countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </fieldset>

      <fieldset>
        <legend>{t('sections.contact')}</legend>
        <div className="field-row">
          <Field {...common} id="email" label={t('fields.email')} required error={err('email')} hint={t('fields.emailHint')}>
            {(aria) => <input {...aria} {...register('email')} type="email" autoComplete="email" maxLength={254} />}
          </Field>
          <Field {...common} id="phone" label={t('fields.phone')} required error={err('phone')} hint={t('fields.phoneHint')}>
            {(aria) => <input {...aria} {...register('phone')} type="tel" autoComplete="tel" maxLength={32} />}
          </Field>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('sections.participationByKind', { kind })}</legend>
        <Field {...common} id="delegationType" label={t('fields.delegationType')} required error={err('delegationType')}>
          {(aria) => (
            <select {...aria} {...register('delegationType')}>
              <option value="">{t('fields.delegationPlaceholder')}</option>
              {DELEGATION_TYPES.map((d) => (
                <option key={d} value={d}>
                  {t(`delegationTypes.${d}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="field-row">
          <Field {...common} id="dietaryNeeds" label={t('fields.dietaryNeeds')} error={err('dietaryNeeds')}>
            {(aria) => <textarea {...aria} {...register('dietaryNeeds')} rows={2} maxLength={500} />}
          </Field>
          <Field {...common} id="accessNeeds" label={t('fields.accessNeeds')} error={err('accessNeeds')}>
            {(aria) => <textarea {...aria} {...register('accessNeeds')} rows={2} maxLength={500} />}
          </Field>
        </div>
        <VisitChoices
          legend={t('fields.visits')}
          hint={t('fields.visitsHint')}
          visits={visits}
          field={register('visitIds')}
          seatsText={(count) => t('fields.visitSeats', { count })}
        />
      </fieldset>

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
        <DelegationFields
          locale={locale}
          control={control as never}
          register={register as never}
          errors={errors.delegation}
          countries={countries}
          visits={visits}
        />
      )}

      <fieldset>
        <legend>{t('sections.visa')}</legend>
        <label className="choice">
          <input type="checkbox" {...register('visaRequested')} aria-controls="visa-details" aria-expanded={Boolean(visa)} />
          <span>{t('fields.visaRequested')}</span>
        </label>
        {visa && (
          <div id="visa-details" className="nested">
            <p className="hint">{t('fields.visaHint')}</p>
            <div className="field-row">
              <Field {...common} id="passportNumber" label={t('fields.passportNumber')} required error={err('passportNumber')}>
                {(aria) => <input {...aria} {...register('passportNumber')} autoComplete="off" maxLength={20} />}
              </Field>
              <Field {...common} id="nationality" label={t('fields.nationality')} required error={err('nationality')}>
                {(aria) => (
                  <select {...aria} {...register('nationality')}>
                    <option value="">{t('fields.countryPlaceholder')}</option>
                    {countries.map((c) => (
                      <option key={c.code} value={c.code}>
                        {c.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field {...common} id="dateOfBirth" label={t('fields.dateOfBirth')} required error={err('dateOfBirth')}>
                {(aria) => <input {...aria} {...register('dateOfBirth')} type="date" autoComplete="bday" />}
              </Field>
            </div>
            <div className="field-row">
              <Field {...common} id="entryDate" label={t('fields.entryDate')} required error={err('entryDate')}>
                {(aria) => <input {...aria} {...register('entryDate')} type="date" />}
              </Field>
              <Field {...common} id="exitDate" label={t('fields.exitDate')} required error={err('exitDate')}>
                {(aria) => <input {...aria} {...register('exitDate')} type="date" />}
              </Field>
            </div>
            <Field {...common} id="consulate" label={t('fields.consulate')} required error={err('consulate')} hint={t('fields.consulateHint')}>
              {(aria) => <input {...aria} {...register('consulate')} maxLength={200} />}
            </Field>
            <label className="choice">
              <input
                type="checkbox"
                {...register('visaConsent')}
                aria-invalid={Boolean(errors.visaConsent)}
                aria-describedby={errors.visaConsent ? 'visaConsent-error' : undefined}
                id="visaConsent"
              />
              <span>{t('fields.visaConsent')}</span>
            </label>
            {errors.visaConsent && (
              <p id="visaConsent-error" className="error-text">
                {err('visaConsent')}
              </p>
            )}
          </div>
        )}
      </fieldset>

      <fieldset>
        <legend>{t('sections.consent')}</legend>
        <p className="privacy-notice">{t('fields.privacyNotice')}</p>
        <label className="choice">
          <input
            type="checkbox"
            id="consent"
            {...register('consent')}
            aria-required="true"
            aria-invalid={Boolean(errors.consent)}
            aria-describedby={errors.consent ? 'consent-error' : undefined}
          />
          <span>
            {t('fields.consent')}{' '}
            <span aria-hidden="true" className="required">
              *
            </span>
          </span>
        </label>
        {errors.consent && (
          <p id="consent-error" className="error-text">
            {err('consent')}
          </p>
        )}
      </fieldset>

      {/* Honeypot: off-screen and skipped by keyboard and screen readers; people never fill it. */}
      <div className="hp" aria-hidden="true">
        <label htmlFor="website">{t('fields.website')}</label>
        <input id="website" type="text" tabIndex={-1} autoComplete="off" {...register('website')} />
      </div>

      <button type="submit" className="button button-large" disabled={isSubmitting} aria-busy={isSubmitting}>
        {isSubmitting ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}

const DRAFT_EXCLUDED = ['passportNumber', 'nationality', 'dateOfBirth', 'visaConsent', 'website', 'idempotencyKey'] as const;

// The fields in the order the form shows them, so the error summary reads top to bottom.
const FIELD_ORDER = [
  'honorific',
  'familyName',
  'givenName',
  'patronymic',
  'latinFamilyName',
  'latinGivenName',
  'organization',
  'position',
  'country',
  'email',
  'phone',
  'delegationType',
  'dietaryNeeds',
  'accessNeeds',
  'visitIds',
  'passportNumber',
  'nationality',
  'dateOfBirth',
  'entryDate',
  'exitDate',
  'consulate',
  'visaConsent',
  'consent',
];
const formOrder = (field: string) => (FIELD_ORDER.includes(field) ? FIELD_ORDER.indexOf(field) : FIELD_ORDER.length);

function fieldLabel(t: ReturnType<typeof useTranslations<'RegistrationForm'>>, field: string) {
  // The consents' labels are whole sentences; the summary names them briefly.
  if (field === 'consent' || field === 'visaConsent') return t(`fields.${field}Short`);
  if (FIELD_ORDER.includes(field) && field !== 'visitIds') return t(`fields.${field}` as 'fields.email');
  return field === 'visitIds' ? t('fields.visits') : null; // e.g. a form-level error: the message stands alone
}
