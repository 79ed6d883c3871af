'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Field } from '@/components/ui/field';
import { KNOWN_ERRORS } from '@/lib/validations/error-keys';
import { type RegistrationChangeInput, registrationChangeSchema } from '@/lib/validations/registration';
import { type VisitChoice, VisitChoices } from './visit-choices';

interface Props {
  token: string;
  /** For the confirmation, which names what is about to happen. */
  eventTitle: string;
  email: string;
  kind: string;
  initial: RegistrationChangeInput & { visitIds: string[] };
  visits: VisitChoice[];
}

type Notice = { kind: 'saved' | 'failed' | 'cancelled' | 'erased' } | null;

/** Change contact details and visits, or cancel — the token from the private link is the credential. */
export function ManageRegistration({ token, eventTitle, email, kind, initial, visits }: Props) {
  const t = useTranslations('ManagePage');
  const c = useTranslations('PrivateLink');
  const f = useTranslations('RegistrationForm');
  const router = useRouter();
  const [notice, setNotice] = useState<Notice>(null);
  const [cancelling, setCancelling] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<RegistrationChangeInput>({
    resolver: zodResolver(registrationChangeSchema),
    defaultValues: initial,
  });
  const err = (name: keyof RegistrationChangeInput) => {
    const key = errors[name]?.message;
    if (!key) return undefined;
    return key === 'emailTaken' ? t('emailTaken') : f(`errors.${KNOWN_ERRORS.has(key) ? key : 'invalid'}` as 'errors.invalid');
  };

  async function send(action: 'update' | 'cancel' | 'erase', values: Partial<RegistrationChangeInput> = {}) {
    try {
      const response = await fetch('/api/registration/manage', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ token, action, ...values }),
      });
      const body = await response.json().catch(() => ({}));
      if (body.error === 'validation') {
        for (const [field, key] of Object.entries(body.fields as Record<string, string>)) {
          setError(field as keyof RegistrationChangeInput, { message: key });
        }
        return false;
      }
      // A new e-mail address comes with a new link (the old one stops working): returned for the page to move to.
      return response.ok && typeof body.token === 'string' ? (body.token as string) : response.ok;
    } catch {
      return false;
    }
  }

  async function save(values: RegistrationChangeInput) {
    setNotice(null);
    const ok = await send('update', { ...values, visitIds: values.visitIds ?? [] });
    if (ok) {
      setNotice({ kind: 'saved' });
      if (typeof ok === 'string') router.replace(window.location.pathname.replace(/[^/]+$/, ok));
      else router.refresh();
    } else if (Object.keys(errors).length === 0) {
      setNotice({ kind: 'failed' });
    }
  }

  async function finish(action: 'cancel' | 'erase') {
    setCancelling(true);
    const ok = await send(action);
    setCancelling(false);
    setNotice({ kind: ok ? (action === 'cancel' ? 'cancelled' : 'erased') : 'failed' });
    // The page itself now shows the new state (cancelled or erased on …), not the old one above a message.
    if (ok) router.refresh();
  }

  if (notice?.kind === 'cancelled' || notice?.kind === 'erased') {
    return (
      <p className="banner banner-success" role="status">
        {t(notice.kind)}
      </p>
    );
  }
  const common = { requiredLabel: f('requiredNote') };
  return (
    <>
      {notice && (
        <p className={`banner ${notice.kind === 'saved' ? 'banner-success' : 'banner-error'}`} role="status">
          {t(notice.kind)}
        </p>
      )}
      <details className="panel">
        <summary>
          <h2 className="inline-heading">{t('edit')}</h2>
        </summary>
        <form noValidate onSubmit={handleSubmit(save)} className="registration-form">
          <div className="field-row">
            <Field {...common} id="organization" label={f('fields.organization')} required error={err('organization')}>
              {(aria) => <input {...aria} {...register('organization')} maxLength={200} />}
            </Field>
            <Field {...common} id="position" label={f('fields.position')} error={err('position')}>
              {(aria) => <input {...aria} {...register('position')} maxLength={200} />}
            </Field>
          </div>
          <div className="field-row">
            <Field {...common} id="email" label={f('fields.email')} required error={err('email')}>
              {(aria) => <input {...aria} {...register('email')} type="email" maxLength={254} />}
            </Field>
            <Field {...common} id="phone" label={f('fields.phone')} required error={err('phone')}>
              {(aria) => <input {...aria} {...register('phone')} type="tel" maxLength={32} />}
            </Field>
          </div>
          <div className="field-row">
            <Field {...common} id="dietaryNeeds" label={f('fields.dietaryNeeds')} error={err('dietaryNeeds')}>
              {(aria) => <textarea {...aria} {...register('dietaryNeeds')} rows={2} maxLength={500} />}
            </Field>
            <Field {...common} id="accessNeeds" label={f('fields.accessNeeds')} error={err('accessNeeds')}>
              {(aria) => <textarea {...aria} {...register('accessNeeds')} rows={2} maxLength={500} />}
            </Field>
          </div>
          <VisitChoices legend={f('fields.visits')} visits={visits} field={register('visitIds')} seatsText={(count) => f('fields.visitSeats', { count })} />
          <button type="submit" className="button" disabled={isSubmitting}>
            {isSubmitting ? t('saving') : t('save')}
          </button>
        </form>
      </details>
      <section className="panel" aria-labelledby="cancel-heading">
        <h2 id="cancel-heading">{t('cancelHeading')}</h2>
        <p>{t('cancelBody')}</p>
        <ConfirmDialog
          label={c('cancelOpen')}
          className="button secondary danger"
          disabled={cancelling}
          title={c('cancelTitle')}
          body={c('cancelBody', { event: eventTitle, email, kind })}
          confirmLabel={t('cancelConfirm')}
          cancelLabel={c('keep')}
          onConfirm={() => finish('cancel')}
        />
      </section>
      <section className="panel" aria-labelledby="erase-heading">
        <h2 id="erase-heading">{t('eraseHeading')}</h2>
        <p>{t('eraseBody')}</p>
        <ConfirmDialog
          label={t('eraseConfirm')}
          className="button secondary danger"
          disabled={cancelling}
          title={c('eraseTitle')}
          body={c('eraseBody', { event: eventTitle })}
          confirmLabel={c('eraseYes')}
          cancelLabel={c('keep')}
          onConfirm={() => finish('erase')}
        />
      </section>
    </>
  );
}
