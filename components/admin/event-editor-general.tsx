'use client';

import { type Messages, useTranslations } from 'next-intl';
import { useFormContext } from 'react-hook-form';
import { APPROVAL_MODES, DELEGATION_OVERFLOW_RULES, EVENT_KINDS } from '@/lib/domain';
import { LOCALES } from '@/i18n/locales';
import { htmlLang, localeNames } from '@/i18n/routing';
import type { EventInput } from '@/lib/validations/event';
import { EditorField } from './event-editor-field';

/** Facts shared by every language: address, dates in the event's zone, place, seats, registration, contact. */
export function EventEditorGeneral({ zones }: { zones: { id: string; label: string; phrase: string }[] }) {
  const t = useTranslations('EventEditor');
  const kinds = useTranslations('EventKind');
  const rule = useTranslations('DelegationRule');
  const { register } = useFormContext<EventInput>();
  const f = (key: keyof Messages['EventEditor']['fields']) => t(`fields.${key}`);
  return (
    <>
      <fieldset>
        <legend>{t('sections.general')}</legend>
        <div className="field-row">
          <EditorField name="slug" label={f('slug')} hint={f('slugHint')} required maxLength={80}>
            {(aria) => <input {...aria} {...register('slug')} lang="en" autoCapitalize="none" spellCheck={false} maxLength={80} />}
          </EditorField>
          <EditorField name="kind" label={f('kind')} required>
            {(aria) => (
              <select {...aria} {...register('kind')}>
                {EVENT_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {kinds(k)}
                  </option>
                ))}
              </select>
            )}
          </EditorField>
        </div>
        <EditorField name="timeZone" label={f('timeZone')} hint={f('timeZoneHint')} required>
          {(aria) => (
            <select {...aria} {...register('timeZone')}>
              {zones.map((z) => (
                <option key={z.id} value={z.id}>
                  {z.label}
                </option>
              ))}
            </select>
          )}
        </EditorField>
        <div className="field-row">
          <EditorField name="startsAt" label={f('startsAt')} type="datetime-local" required />
          <EditorField name="endsAt" label={f('endsAt')} type="datetime-local" required />
        </div>
        <div className="field-row">
          <EditorField name="latitude" label={f('latitude')} hint={f('latitudeHint')}>
            {(aria) => <input {...aria} {...register('latitude')} inputMode="decimal" maxLength={14} />}
          </EditorField>
          <EditorField name="longitude" label={f('longitude')} hint={f('longitudeHint')}>
            {(aria) => <input {...aria} {...register('longitude')} inputMode="decimal" maxLength={14} />}
          </EditorField>
          <EditorField name="capacity" label={f('capacity')} hint={f('capacityHint')}>
            {(aria) => <input {...aria} {...register('capacity')} inputMode="numeric" maxLength={7} />}
          </EditorField>
        </div>
        <div className="field-row">
          <EditorField name="registrationOpensAt" label={f('registrationOpensAt')} hint={f('registrationOpensHint')} type="datetime-local" />
          <EditorField name="registrationClosesAt" label={f('registrationClosesAt')} hint={f('registrationClosesHint')} type="datetime-local" />
        </div>
        <div className="field-row">
          <EditorField name="approvalMode" label={f('approvalMode')} required>
            {(aria) => (
              <select {...aria} {...register('approvalMode')}>
                {APPROVAL_MODES.map((m) => (
                  <option key={m} value={m}>
                    {t(`approvalModes.${m}`)}
                  </option>
                ))}
              </select>
            )}
          </EditorField>
          <EditorField name="delegationOverflow" label={rule('label')} hint={rule('hint')}>
            {(aria) => (
              <select {...aria} {...register('delegationOverflow')}>
                {DELEGATION_OVERFLOW_RULES.map((r) => (
                  <option key={r} value={r}>
                    {rule(`options.${r}`)}
                  </option>
                ))}
              </select>
            )}
          </EditorField>
        </div>
        <div className="field-row">
          <EditorField name="sourceLocale" label={f('sourceLocale')} hint={f('sourceLocaleHint')} required>
            {(aria) => (
              <select {...aria} {...register('sourceLocale')}>
                {LOCALES.map((l) => (
                  <option key={l} value={l} lang={htmlLang[l]}>
                    {localeNames[l]}
                  </option>
                ))}
              </select>
            )}
          </EditorField>
        </div>
        <label className="choice">
          <input type="checkbox" {...register('inviteOnly')} aria-describedby="inviteOnly-hint" />
          <span>{f('inviteOnly')}</span>
        </label>
        <p id="inviteOnly-hint" className="hint">
          {f('inviteOnlyHint')}
        </p>
      </fieldset>

      <fieldset>
        <legend>{t('sections.contact')}</legend>
        <div className="field-row">
          <EditorField name="contactName" label={f('contactName')} maxLength={200} />
          <EditorField name="contactPhone" label={f('contactPhone')} type="tel" maxLength={40} />
          <EditorField name="contactEmail" label={f('contactEmail')} type="email" maxLength={254} />
        </div>
      </fieldset>
    </>
  );
}
