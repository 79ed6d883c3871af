import type { AccessCodeProblem } from '@/lib/access-code';
import { json } from './http';
import { accessCodeWait, recordWrongAccessCode } from './rate-limit';

/** Before an access code is looked up: the 429 for an address that guessed too often, or null. */
export async function accessCodeRefusal(ip: string, code: string | undefined) {
  const wait = code ? await accessCodeWait(ip) : 0;
  return wait > 0 ? json({ error: 'accessCode', problem: 'tooManyAttempts', retryAfter: wait }, 429, { 'Retry-After': String(wait) }) : null;
}

/** A code the registration refused: counted when it was a guess, answered with its problem for the form. */
export async function accessCodeProblem(ip: string, problem: AccessCodeProblem) {
  if (problem === 'invalid') await recordWrongAccessCode(ip);
  return json({ error: 'accessCode', problem }, problem === 'exhausted' || problem === 'tooLarge' ? 409 : 403);
}
