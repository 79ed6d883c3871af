'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { type Resolver, useForm } from 'react-hook-form';
import { withExtras } from '@/components/questions/extras-resolver';
import { TravelFields } from '@/components/travel/travel-fields';
import type { TravelInput } from '@/lib/validations/travel';
import { useDelegationAction } from './delegation-action';

interface Values {
  travel: TravelInput;
}

/** The head gives one member's arrival and departure (#16): the delegate's own fields and checks, errors beside each field. */
export function MemberTravel({ token, memberId, name, zone, initial }: { token: string; memberId: string; name: string; zone: string; initial: TravelInput }) {
  const t = useTranslations('DelegationPage');
  const { send, busy } = useDelegationAction(token);
  const [notice, setNotice] = useState<string | null>(null);
  const none: Resolver<Values> = async (values) => ({ values, errors: {} });
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Values>({
    resolver: withExtras(none, [], true, () => undefined),
    defaultValues: { travel: initial },
  });
  async function save(values: Values) {
    const result = await send('travel', { memberId, travel: values.travel });
    if (result.ok) return setNotice('saved');
    for (const [field, key] of Object.entries(result.fields ?? {})) setError(field as 'travel', { message: key });
    setNotice(`errors.${result.error === 'validation' ? 'invalid' : result.error}`);
  }
  return (
    <details>
      <summary>{t('travel', { name })}</summary>
      <form noValidate className="registration-form" onSubmit={handleSubmit(save, () => setNotice('errors.invalid'))}>
        <TravelFields register={register} errors={errors.travel as never} zone={zone} idPrefix={`travel-${memberId}`} forMember />
        {notice && (
          <p role="status" className={notice === 'saved' ? 'hint' : 'error-text'}>
            {t(notice as 'saved')}
          </p>
        )}
        <button type="submit" className="button" disabled={busy}>
          {t('saveTravel')}
        </button>
      </form>
    </details>
  );
}
