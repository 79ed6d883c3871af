'use client';

import { useTranslations } from 'next-intl';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { Field } from '@/components/ui/field';
import { ROOM_KINDS } from '@/lib/domain';
import { travelFieldId } from '@/lib/travel-form';
import { TRAVEL_ERRORS } from '@/lib/validations/error-keys';

interface Props {
  // Both the registration form and the private page hold `travel`.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  register: UseFormRegister<any>;
  errors: FieldErrors | undefined;
  /** The event's zone as readers name it: times are that clock's. */
  zone: string;
  /** Keeps ids apart where one page holds several of these forms (a head's page, one per member). */
  idPrefix?: string;
  /** A delegation head filling in for a member: the hint and the pickup box speak of the member, not of "me". */
  forMember?: boolean;
}

export const TRAVEL_FIELDS = [
  'arrivalDate',
  'arrivalTime',
  'arrivalCarrier',
  'arrivalPlace',
  'departureDate',
  'departureTime',
  'departureCarrier',
  'departurePlace',
  'pickup',
  'room',
  'nights',
] as const;

/** Arrival, departure and hotel (#16): what the organizers need to meet a delegate and book a room. */
export function TravelFields({ register, errors, zone, idPrefix, forMember = false }: Props) {
  const t = useTranslations('Travel');
  const err = (field: string) => {
    const key = (errors?.[field] as { message?: string } | undefined)?.message;
    return key ? t(`errors.${TRAVEL_ERRORS.has(key) ? key : 'invalid'}` as 'errors.invalid') : undefined;
  };
  const input = (field: (typeof TRAVEL_FIELDS)[number], type: string, extra: Record<string, unknown> = {}) => (
    <Field
      id={travelFieldId(field, idPrefix)}
      label={t(`fields.${field}` as 'fields.arrivalDate')}
      error={err(field)}
      hint={field === 'arrivalCarrier' || field === 'departureCarrier' ? t('carrierHint') : undefined}
    >
      {(aria) => <input {...aria} {...register(`travel.${field}`)} type={type} {...extra} />}
    </Field>
  );
  return (
    <fieldset>
      <legend>{t('legend')}</legend>
      <p className="hint">{forMember ? t('forMember.intro', { zone }) : t('intro', { zone })}</p>
      <div className="field-row">
        {input('arrivalDate', 'date')}
        {input('arrivalTime', 'time')}
        {input('arrivalCarrier', 'text', { maxLength: 20, autoCapitalize: 'characters', lang: 'en' })}
        {input('arrivalPlace', 'text', { maxLength: 120 })}
      </div>
      <div className="field-row">
        {input('departureDate', 'date')}
        {input('departureTime', 'time')}
        {input('departureCarrier', 'text', { maxLength: 20, autoCapitalize: 'characters', lang: 'en' })}
        {input('departurePlace', 'text', { maxLength: 120 })}
      </div>
      <label className="choice">
        <input type="checkbox" id={travelFieldId('pickup', idPrefix)} {...register('travel.pickup')} />
        <span>{forMember ? t('forMember.pickup') : t('fields.pickup')}</span>
      </label>
      <div className="field-row">
        <Field id={travelFieldId('room', idPrefix)} label={t('fields.room')} error={err('room')}>
          {(aria) => (
            <select {...aria} {...register('travel.room')}>
              {ROOM_KINDS.map((r) => (
                <option key={r} value={r}>
                  {t(`rooms.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {input('nights', 'number', { min: 0, max: 60, inputMode: 'numeric' })}
      </div>
    </fieldset>
  );
}
