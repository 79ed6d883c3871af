import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { langOf, pickText } from '@/lib/localized';
import { type AnswerValue, answerText, type FormQuestion } from '@/lib/validations/questions';

/** A delegate's answers beside the questions, including questions since removed (marked), as a definition list. */
export async function AnswerFacts({
  questions,
  answers,
  locale,
  source,
}: {
  questions: (FormQuestion & { archived: boolean })[];
  answers: Record<string, AnswerValue>;
  locale: Locale;
  source: Locale;
}) {
  const t = await getTranslations({ locale, namespace: 'Questions' });
  const p = await getTranslations({ locale, namespace: 'Punctuation' });
  const shown = questions.filter((q) => !q.archived || answers[q.id] !== undefined);
  if (shown.length === 0) return null;
  const pick = (text: FormQuestion['label']) => pickText(text, locale, source)?.text ?? '';
  return (
    <dl className="facts">
      {shown.map((q) => {
        const label = pickText(q.label, locale, source);
        const value = answerText(answers[q.id], q.options, pick, (v) => t(v ? 'yes' : 'no'), p('separator'));
        return [
          <dt key={`${q.id}-q`} lang={langOf(label, locale)}>
            {label?.text}
            {q.archived && <span className="muted"> {t('archived')}</span>}
          </dt>,
          <dd key={`${q.id}-a`}>{value || '—'}</dd>,
        ];
      })}
    </dl>
  );
}
