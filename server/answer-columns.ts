import { createTranslator } from 'use-intl/core';
import type { Database } from '@/db/types';
import { allQuestions, answersOf } from '@/db/queries/questions';
import type { Locale } from '@/i18n/locales';
import { pickText } from '@/lib/localized';
import { answerText } from '@/lib/validations/questions';
import type { ExtraColumns } from './export';

/** One export column per question (archived ones too, marked), headed and filled in the organizer's language (#16). */
export async function answerColumns(db: Database, eventId: string, locale: Locale, source: Locale): Promise<ExtraColumns & { header: string[] }> {
  const questions = await allQuestions(db, eventId);
  const messages = (await import(`@/messages/${locale}.json`)).default;
  const t = createTranslator({ locale, messages, namespace: 'Questions' });
  const pick = (text: Parameters<typeof pickText>[0]) => pickText(text, locale, source)?.text ?? '';
  return {
    header: questions.map((q) => (q.archived ? `${pick(q.label)} ${t('archived')}` : pick(q.label))),
    load: async (ids) => {
      const answers = await answersOf(db, ids);
      return (id) => questions.map((q) => answerText(answers.get(id)?.[q.id], q.options, pick, (v) => t(v ? 'yes' : 'no')));
    },
  };
}
