import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { pickText } from '@/lib/localized';
import { CHOICE_KINDS } from '@/lib/domain';
import type { FormQuestion } from '@/lib/validations/questions';

/** The attendee list's answer filter: one option per choice (and yes/no) of each question. */
export async function AnswerFilter({ locale, value, options }: { locale: Locale; value: string | undefined; options: [string, string][] }) {
  const t = await getTranslations({ locale, namespace: 'Questions' });
  const a = await getTranslations({ locale, namespace: 'Admin.attendees' });
  return (
    <label>
      <span>{t('filter')}</span>
      <select id="filter-answer" name="answer" defaultValue={value ?? ''}>
        <option value="">{a('any')}</option>
        {options.map(([v, label]) => (
          <option key={v} value={v}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The filter's options for an event's questions: "question: choice" in the reader's language. */
export function answerFilterOptions(
  questions: FormQuestion[],
  locale: Locale,
  source: Locale,
  yes: string,
  no: string,
  labelled: (label: string, value: string) => string,
): [string, string][] {
  return questions.flatMap((q) => {
    const label = pickText(q.label, locale, source)?.text ?? '';
    if (q.kind === 'yesNo')
      return [
        [`${q.id}:yes`, labelled(label, yes)],
        [`${q.id}:no`, labelled(label, no)],
      ] as [string, string][];
    if (!CHOICE_KINDS.includes(q.kind)) return [];
    return q.options.map((o) => [`${q.id}:${o.id}`, labelled(label, pickText(o.label, locale, source)?.text ?? '')] as [string, string]);
  });
}
