import type { Database } from '@/db/types';
import type { AnswerValue } from '@/lib/validations/questions';
import type { TravelData } from '@/lib/validations/travel';
import { saveAnswers } from './questions';
import { saveTravel } from './travel';

/** What a form asks beyond the fixed fields (#16), already checked against the event's own questions. */
export interface FormExtras {
  /** Ids of the questions this delegate was asked: answers to them are replaced, others kept. */
  asked: string[];
  answers: Record<string, AnswerValue>;
  /** Undefined: the event does not ask, or the caller does not change it. */
  travel?: TravelData;
}
export const NO_EXTRAS: FormExtras = { asked: [], answers: {} };

export async function saveFormExtras(tx: Database, registrationId: string, extras: FormExtras) {
  await saveAnswers(tx, registrationId, extras.asked, extras.answers);
  if (extras.travel) await saveTravel(tx, registrationId, extras.travel);
}
