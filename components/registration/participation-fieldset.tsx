'use client';

import { useTranslations } from 'next-intl';
import { Field } from '@/components/ui/field';
import { DELEGATION_TYPES } from '@/lib/domain';
import type { FieldsetProps } from './registration-mode';
import { type VisitChoice, VisitChoices } from './visit-choices';

/** Taking part: the kind of delegate, meals and access needs, and the visits to choose from. */
export function ParticipationFieldset({ register, error, kind, visits }: FieldsetProps & { kind: string; visits: VisitChoice[] }) {
  const t = useTranslations('RegistrationForm');
  const common = { requiredLabel: t('requiredNote') };
  return (
    <fieldset>
      <legend>{t('sections.participationByKind', { kind })}</legend>
      <Field {...common} id="delegationType" label={t('fields.delegationType')} required error={error('delegationType')}>
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
        <Field {...common} id="dietaryNeeds" label={t('fields.dietaryNeeds')} error={error('dietaryNeeds')}>
          {(aria) => <textarea {...aria} {...register('dietaryNeeds')} rows={2} maxLength={500} />}
        </Field>
        <Field {...common} id="accessNeeds" label={t('fields.accessNeeds')} error={error('accessNeeds')}>
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
  );
}
