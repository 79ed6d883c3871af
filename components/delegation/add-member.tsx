'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { DelegationMember } from '@/components/registration/delegation-member';
import { type DelegationFormValues, emptyMember } from '@/components/registration/delegation-values';
import type { VisitChoice } from '@/components/registration/visit-choices';
import type { Locale } from '@/i18n/locales';
import { memberSchema } from '@/lib/validations/delegation';
import * as z from 'zod/mini';
import { useDelegationAction } from './delegation-action';

const schema = z.object({ delegation: z.object({ members: z.array(memberSchema).check(z.length(1)) }) });

/** The head adds one more member, with the same fields (and the same errors beside them) as the registration form. */
export function AddMember({ token, locale, visits }: { token: string; locale: Locale; visits: VisitChoice[] }) {
  const t = useTranslations('DelegationPage');
  const { send, busy } = useDelegationAction(token);
  const [notice, setNotice] = useState<string | null>(null);
  const empty = { delegation: { members: [emptyMember(locale)] } };
  const {
    control,
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors },
  } = useForm<DelegationFormValues>({
    resolver: zodResolver(schema) as never,
    defaultValues: empty,
  });
  const memberLocale = useWatch({ control, name: 'delegation.members.0.locale' });
  const submit = async (values: DelegationFormValues) => {
    const result = await send('add', { member: values.delegation!.members[0] });
    if (result.ok) {
      reset(empty);
      return setNotice('added');
    }
    for (const [field, key] of Object.entries(result.fields ?? {})) setError(`delegation.members.0.${field}` as 'delegation.members.0.email', { message: key });
    setNotice(result.error === 'validation' ? null : `errors.${result.error}`);
  };
  return (
    <details className="panel">
      <summary>
        <h2 className="inline-heading">{t('addMember')}</h2>
      </summary>
      {notice && (
        <p role="status" className={notice === 'added' ? 'banner banner-success' : 'banner banner-error'}>
          {t(notice as 'added')}
        </p>
      )}
      <form noValidate onSubmit={handleSubmit(submit)} className="registration-form">
        <DelegationMember index={0} locale={locale} memberLocale={memberLocale} visits={visits} register={register} errors={errors.delegation?.members?.[0]} />
        <button type="submit" className="button" disabled={busy}>
          {t('addMemberSubmit')}
        </button>
      </form>
    </details>
  );
}
