import * as z from 'zod/mini';
import { LOCALES } from '@/i18n/locales';
import { MAX_MEMBERS } from '@/lib/domain';
import { DELEGATION_ERRORS } from './error-keys';
import { fieldRules as f, normalizeEmail } from '@/lib/validations/registration';

const optionalEmail = z.pipe(
  z.pipe(
    z.optional(z.string()),
    z.transform((v) => v?.normalize('NFC').trim() || undefined),
  ),
  z.union([z.undefined(), f.email]),
);

/** A member the head registers: their own names, language and visits; the e-mail is optional (the head's is used). */
export const memberSchema = z.strictObject({
  honorific: f.honorific,
  familyName: f.visible(100),
  givenName: f.visible(100),
  patronymic: f.optionalVisible(100),
  latinFamilyName: f.latin(100),
  latinGivenName: f.latin(100),
  position: f.optionalVisible(200),
  email: optionalEmail,
  locale: z.enum(LOCALES, { error: 'choose' }),
  dietaryNeeds: f.multiline(500),
  accessNeeds: f.multiline(500),
  visitIds: f.visitIds,
});
export type MemberInput = z.input<typeof memberSchema>;
export type MemberData = z.output<typeof memberSchema>;

export const delegationSchema = z
  .strictObject({
    name: f.visible(200),
    organization: f.visible(200),
    country: f.country,
    members: z.array(memberSchema).check(z.minLength(1, { error: 'membersRequired' }), z.maxLength(MAX_MEMBERS, { error: 'tooManyMembers' })),
  })
  .check(
    z.superRefine((value, ctx) => {
      // Two members with one address would share one private link: each address once per delegation.
      const seen = new Set<string>();
      value.members.forEach((m, i) => {
        if (!m.email) return;
        const key = normalizeEmail(m.email);
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['members', i, 'email'], message: 'emailRepeated' });
        seen.add(key);
      });
    }),
  );
export type DelegationData = z.output<typeof delegationSchema>;

/** Path → first error key ("members.2.email": "invalidEmail"), for the form to show beside each member's field. */
export function delegationErrors(error: z.core.$ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.code === 'unrecognized_keys' ? 'unknownField' : issue.message;
    out[issue.path.join('.') || '_form'] ??= DELEGATION_ERRORS.has(key) ? key : 'invalid';
  }
  return out;
}
