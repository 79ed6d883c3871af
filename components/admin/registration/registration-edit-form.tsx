import { getTranslations } from 'next-intl/server';
import type { Locale, LocalizedText } from '@/i18n/locales';
import { pickText } from '@/lib/localized';
import type { RegistrationDetail } from './types';

/** An organizer's correction of contact, needs and visits, folded away until asked for. */
export async function RegistrationEditForm({
  registration: r,
  locale,
  sourceLocale,
  eventVisits,
  returnTo,
}: {
  registration: RegistrationDetail;
  locale: Locale;
  sourceLocale: Locale;
  eventVisits: { id: string; title: LocalizedText }[];
  returnTo: string;
}) {
  const t = await getTranslations({ locale, namespace: 'Admin.registration' });
  const field = await getTranslations({ locale, namespace: 'RegistrationForm.fields' });
  return (
    <details className="panel">
      <summary>{t('edit')}</summary>
      <form method="post" action="/api/admin/registration-edit" className="registration-form">
        <input type="hidden" name="id" value={r.id} />
        <input type="hidden" name="returnTo" value={returnTo} />
        <div className="field-row">
          <div className="field">
            <label htmlFor="e-org">{field('organization')}</label>
            <input id="e-org" name="organization" defaultValue={r.organization} required maxLength={200} />
          </div>
          <div className="field">
            <label htmlFor="e-pos">{field('position')}</label>
            <input id="e-pos" name="position" defaultValue={r.position ?? ''} maxLength={200} />
          </div>
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="e-email">{field('email')}</label>
            <input id="e-email" name="email" type="email" defaultValue={r.email} required />
          </div>
          <div className="field">
            <label htmlFor="e-phone">{field('phone')}</label>
            <input id="e-phone" name="phone" type="tel" defaultValue={r.phone} required />
          </div>
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="e-diet">{field('dietaryNeeds')}</label>
            <textarea id="e-diet" name="dietaryNeeds" defaultValue={r.dietaryNeeds ?? ''} maxLength={500} />
          </div>
          <div className="field">
            <label htmlFor="e-access">{field('accessNeeds')}</label>
            <textarea id="e-access" name="accessNeeds" defaultValue={r.accessNeeds ?? ''} maxLength={500} />
          </div>
        </div>
        {eventVisits.length > 0 && (
          <fieldset className="choices">
            <legend>{t('visits')}</legend>
            {eventVisits.map((v) => (
              <label key={v.id} className="choice">
                <input type="checkbox" name="visitIds" value={v.id} defaultChecked={r.visits.some((x) => x.visitId === v.id)} />
                <span>{pickText(v.title, locale, sourceLocale)?.text}</span>
              </label>
            ))}
          </fieldset>
        )}
        <button type="submit" className="button">
          {t('save')}
        </button>
      </form>
    </details>
  );
}
