import { getTranslations } from 'next-intl/server';
import type { AttendeeFilter } from '@/lib/validations/attendee-filter';
import { type Locale } from '@/i18n/locales';
import { DELEGATION_TYPES, REGISTRATION_STATUSES } from '@/lib/domain';
import { AnswerFilter } from '@/components/questions/answer-filter';

/** A GET form: the filtered list has its own URL, which the exports reuse. */
export async function AttendeeFilters({
  locale,
  filter,
  visits,
  countries,
  delegations = [],
  answers = [],
}: {
  locale: Locale;
  filter: AttendeeFilter;
  visits: { id: string; title: string }[];
  countries: { code: string; name: string }[];
  delegations?: { id: string; name: string }[];
  /** Answers to filter by (#16): value `<question>:<answer>`, label "question: answer". */
  answers?: [string, string][];
}) {
  const g = await getTranslations({ locale, namespace: 'AdminDelegations' });
  const t = await getTranslations({ locale, namespace: 'Admin.attendees' });
  const s = await getTranslations({ locale, namespace: 'Admin.statuses' });
  const d = await getTranslations({ locale, namespace: 'RegistrationForm.delegationTypes' });
  const select = (name: string, value: string | undefined, options: [string, string][]) => (
    <select id={`filter-${name}`} name={name} defaultValue={value ?? ''}>
      <option value="">{t('any')}</option>
      {options.map(([v, label]) => (
        <option key={v} value={v}>
          {label}
        </option>
      ))}
    </select>
  );
  return (
    <form method="get" className="filters" aria-label={t('filters')}>
      <label>
        <span>{t('search')}</span>
        <input type="search" name="q" defaultValue={filter.q ?? ''} maxLength={100} />
      </label>
      <label>
        <span>{t('status')}</span>
        {select(
          'status',
          filter.status,
          REGISTRATION_STATUSES.map((x) => [x, s(x)]),
        )}
      </label>
      <label>
        <span>{t('country')}</span>
        {select(
          'country',
          filter.country,
          countries.map((c) => [c.code, c.name]),
        )}
      </label>
      <label>
        <span>{t('type')}</span>
        {select(
          'type',
          filter.type,
          DELEGATION_TYPES.map((x) => [x, d(x)]),
        )}
      </label>
      <label>
        <span>{t('visit')}</span>
        {select(
          'visit',
          filter.visit,
          visits.map((v) => [v.id, v.title]),
        )}
      </label>
      {delegations.length > 0 && (
        <label>
          <span>{g('filterLabel')}</span>
          {select('delegation', filter.delegation, [['none', g('filterNone')], ...delegations.map((x) => [x.id, x.name] as [string, string])])}
        </label>
      )}
      <label>
        <span>{t('checkedIn')}</span>
        {select('checkedIn', filter.checkedIn, [
          ['yes', t('yes')],
          ['no', t('no')],
        ])}
      </label>
      {answers.length > 0 && <AnswerFilter locale={locale} value={filter.answer} options={answers} />}
      <label>
        <span>{t('sort')}</span>
        <select name="sort" defaultValue={filter.sort}>
          {(['created', 'name', 'organization', 'country', 'status', 'reference'] as const).map((k) => (
            <option key={k} value={k}>
              {t(`sorts.${k}`)}
            </option>
          ))}
          <option value="delegation">{g('sortByDelegation')}</option>
        </select>
      </label>
      <label>
        <span>{t('direction')}</span>
        <select name="dir" defaultValue={filter.dir}>
          <option value="desc">{t('desc')}</option>
          <option value="asc">{t('asc')}</option>
        </select>
      </label>
      <button type="submit" className="button">
        {t('apply')}
      </button>
    </form>
  );
}
