import { z } from 'zod';
import { LOCALES } from '@/i18n/locales';
import { isUuid } from '@/lib/ids';
import { optionalText, uuidOrEmpty } from '@/lib/validations/primitives';

/**
 * Who an announcement goes to. A new kind is one entry here, its condition in db/queries/audiences.ts
 * and its label in Announcements.audiences.* (with a picker in the form when it needs a value).
 */
export const AUDIENCE_KINDS = ['all', 'confirmed', 'visit', 'delegation', 'country', 'waitlist'] as const;
export type AudienceKind = (typeof AUDIENCE_KINDS)[number];
/** Kinds that need a value, and the form field that holds it. */
export const AUDIENCE_VALUE: Partial<Record<AudienceKind, 'visitId' | 'delegationId' | 'country'>> = {
  visit: 'visitId',
  delegation: 'delegationId',
  country: 'country',
};

export interface Audience {
  kind: AudienceKind;
  value: string | null;
}

/** The announcement form: a subject and a Markdown body per language; the source language must have both. */
export const announcementSchema = z
  .object({
    id: z.pipe(
      uuidOrEmpty,
      z.transform((v) => v || undefined),
    ),
    eventId: z.uuid(),
    idempotencyKey: z.uuid(),
    sourceLocale: z.enum(LOCALES),
    audienceKind: z.enum(AUDIENCE_KINDS),
    visitId: z.string().optional().default(''),
    delegationId: z.string().optional().default(''),
    country: z.string().optional().default(''),
    ...(Object.fromEntries(
      LOCALES.flatMap((l) => [
        [`subject_${l}`, optionalText(200)],
        [`body_${l}`, optionalText(10_000, { multiline: true })],
      ]),
    ) as Record<`subject_${(typeof LOCALES)[number]}` | `body_${(typeof LOCALES)[number]}`, ReturnType<typeof optionalText>>),
  })
  .superRefine((v, ctx) => {
    const own = v as unknown as Record<string, string>;
    if (!own[`subject_${v.sourceLocale}`]) ctx.addIssue({ code: 'custom', path: [`subject_${v.sourceLocale}`], message: 'sourceMissing' });
    if (!own[`body_${v.sourceLocale}`]) ctx.addIssue({ code: 'custom', path: [`body_${v.sourceLocale}`], message: 'sourceMissing' });
    for (const l of LOCALES) {
      if (Boolean(own[`subject_${l}`]) !== Boolean(own[`body_${l}`])) ctx.addIssue({ code: 'custom', path: [`body_${l}`], message: 'halfTranslated' });
    }
    if (v.audienceKind === 'visit' && !isUuid(v.visitId)) ctx.addIssue({ code: 'custom', path: ['visitId'], message: 'chooseVisit' });
    if (v.audienceKind === 'delegation' && !isUuid(v.delegationId)) ctx.addIssue({ code: 'custom', path: ['delegationId'], message: 'chooseDelegation' });
    if (v.audienceKind === 'country' && !/^[A-Z]{2}$/.test(v.country)) ctx.addIssue({ code: 'custom', path: ['country'], message: 'chooseCountry' });
  });
export type AnnouncementInput = z.output<typeof announcementSchema>;

export function audienceOf(input: AnnouncementInput): Audience {
  const field = AUDIENCE_VALUE[input.audienceKind];
  return { kind: input.audienceKind, value: field ? input[field] : null };
}
