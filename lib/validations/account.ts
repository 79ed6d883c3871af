import { z } from 'zod';
import { MIN_PASSWORD_LENGTH, ROLES } from '@/lib/domain';
import { hasVisibleText, text } from './primitives';

/** An administrator's form for a new back-office account. Error keys: `Admin.accounts.errors`. */
export const newAccountSchema = z.object({
  // Shown on the accounts page, the audit log and the co-host lists: it must show something.
  name: z.pipe(text(100), z.string().min(1, { error: 'required' }).refine(hasVisibleText, { error: 'noLetters' })),
  email: z.pipe(
    text(254),
    z
      .string()
      .min(1, { error: 'required' })
      .pipe(z.email({ error: 'invalidEmail' })),
  ),
  role: z.enum(ROLES, { error: 'choose' }),
  password: z.string({ error: 'required' }).min(MIN_PASSWORD_LENGTH, { error: 'tooShort' }).max(200, { error: 'tooLong' }),
});
