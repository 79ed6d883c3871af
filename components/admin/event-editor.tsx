'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { type Messages, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { type FormEvent, useMemo, useRef, useState } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { LOCALES, type Locale } from '@/i18n/locales';
import { completeness, fieldId, flattenErrors, localeOfPath } from '@/lib/event-form';
import { type EventData, type EventInput, eventSchema } from '@/lib/validations/event';
import { DraftNotice } from '@/components/ui/draft-notice';
import { useFormDraft } from '@/components/ui/use-form-draft';
import { EventEditorErrors } from './event-editor-errors';
import { EventEditorGeneral } from './event-editor-general';
import { EventEditorProgram } from './event-editor-program';
import { LanguageTabs } from './event-editor-tabs';
import { EventEditorTranslation } from './event-editor-translation';
import { EventEditorVisits } from './event-editor-visits';

interface Props {
  /** The organizer's interface language, for the page address after creating. */
  locale: Locale;
  initial: EventInput;
  zones: { id: string; label: string; phrase: string }[];
  delegates: Record<string, number>;
}

type OutcomeKey = keyof Messages['EventEditor']['outcome'];
type Outcome = { key: OutcomeKey; tone: 'success' | 'error' | 'info'; values?: Record<string, number> };
const OUTCOMES = new Set<string>([
  'visitHasRegistrations',
  'unknownVisit',
  'notFound',
  'tooLarge',
  'unauthorized',
  'forbidden',
  'invalid',
] satisfies OutcomeKey[]);

/** The organizers' event editor: general facts, one tab per language, program and visits; saves as JSON. */
export function EventEditor({ locale, initial, zones, delegates }: Props) {
  const t = useTranslations('EventEditor');
  const router = useRouter();
  const form = useForm<EventInput, unknown, EventData>({ resolver: zodResolver(eventSchema), defaultValues: initial, shouldFocusError: false });
  // Every field carries its value in the server's HTML, not only after hydration (U4): no empty form that fills seconds later.
  // A checkbox gets `defaultChecked`: a `value` attribute would make react-hook-form read the checked box as that string.
  const methods = {
    ...form,
    register: ((name, options) => {
      const value = form.getValues(name);
      return { ...form.register(name, options), ...(typeof value === 'boolean' ? { defaultChecked: value } : { defaultValue: value }) };
    }) as typeof form.register,
  };
  const {
    control,
    handleSubmit,
    getValues,
    setValue,
    setError,
    watch,
    reset,
    formState: { errors, isSubmitting, submitCount },
  } = methods;
  const d = useTranslations('FormDraft');
  // Unsaved edits survive a reload or a switch of the interface language, unless the event was saved since (U4).
  const draft = useFormDraft({ storageKey: `event-draft:${initial.id || 'new'}`, form: { watch, reset, getValues }, base: JSON.stringify(initial) });
  const [active, setActive] = useState<Locale>(initial.sourceLocale ?? locale);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const messagesRef = useRef<HTMLDivElement>(null);

  const watched = useWatch({ control }) as EventInput;
  const source = watched.sourceLocale ?? 'en';
  const marks = useMemo(
    () => Object.fromEntries(LOCALES.map((l) => [l, completeness(watched, l)])) as Record<Locale, ReturnType<typeof completeness>>,
    [watched],
  );
  const flat = flattenErrors(errors);
  const withErrors = new Set(flat.map((e) => localeOfPath(e.path)).filter((l): l is Locale => Boolean(l)));

  const announce = (next: Outcome[]) => {
    setOutcomes(next);
    requestAnimationFrame(() => messagesRef.current?.focus());
  };

  async function submit() {
    setOutcomes([]);
    let response: Response;
    try {
      response = await fetch('/api/admin/events', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(getValues()),
      });
    } catch {
      return announce([{ key: 'network', tone: 'error' }]);
    }
    const body = await response.json().catch(() => ({}));
    if (response.ok && body.ok) {
      draft.clear();
      if (body.created) {
        router.push(`/${locale}/admin/events/${body.id}/edit?created=1`);
        return;
      }
      // New visits now have ids: the next save must update them, not add them again.
      (body.visitIds as string[]).forEach((id, i) => setValue(`visits.${i}.visitId`, id));
      setValue('cancelVisits', []);
      const next: Outcome[] = [{ key: 'saved', tone: 'success' }];
      if (body.visitsCancelledNotified > 0) next.push({ key: 'visitsCancelled', tone: 'info', values: { count: body.visitsCancelledNotified } });
      if (body.promoted > 0) next.push({ key: 'promoted', tone: 'info', values: { count: body.promoted } });
      if (body.queued > 0) next.push({ key: 'itineraries', tone: 'info', values: { count: body.queued } });
      if (body.queueFailed) next.push({ key: 'queueFailed', tone: 'error' });
      router.refresh();
      return announce(next);
    }
    if (body.error === 'validation' && body.fields) {
      for (const [field, key] of Object.entries(body.fields as Record<string, string>)) {
        setError(field as keyof EventInput, { message: key });
      }
      return announce(body.fields.slug ? [] : [{ key: 'invalid', tone: 'error' }]);
    }
    const key = response.status === 401 ? 'unauthorized' : response.status === 413 ? 'tooLarge' : body.error;
    announce([{ key: OUTCOMES.has(key) ? (key as OutcomeKey) : 'tryAgain', tone: 'error' }]);
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => handleSubmit(submit, () => announce([]))(event);

  const showLanguage = (l: Locale, path?: string) => {
    setActive(l);
    if (path) requestAnimationFrame(() => document.getElementById(fieldId(path))?.focus());
  };

  return (
    <FormProvider {...methods}>
      <form noValidate className="registration-form" onSubmit={onSubmit}>
        <div ref={messagesRef} tabIndex={-1} className="form-messages">
          {draft.restored && <DraftNotice text={d('restoredEditor')} discardLabel={d('discardEditor')} onDiscard={() => draft.discard(initial)} />}
          {submitCount > 0 && flat.length > 0 && <EventEditorErrors errors={flat} onShowLanguage={showLanguage} />}
          {outcomes.map((o) => (
            <p key={o.key} role={o.tone === 'error' ? 'alert' : 'status'} className={`banner banner-${o.tone}`}>
              {t(`outcome.${o.key}`, o.values)}
            </p>
          ))}
        </div>
        <EventEditorGeneral zones={zones} />
        <p className="hint">{t('timesIn', { zone: zones.find((z) => z.id === watched.timeZone)?.phrase ?? '' })}</p>
        <LanguageTabs active={active} onSelect={setActive} source={source} marks={marks} withErrors={withErrors}>
          <EventEditorTranslation locale={active} source={source} />
          <EventEditorProgram locale={active} source={source} />
          <EventEditorVisits locale={active} source={source} delegates={delegates} />
        </LanguageTabs>
        <button type="submit" className="button button-large" disabled={isSubmitting}>
          {isSubmitting ? t('saving') : initial.id ? t('save') : t('create')}
        </button>
      </form>
    </FormProvider>
  );
}
