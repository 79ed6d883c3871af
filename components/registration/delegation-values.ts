import type { FieldErrors } from 'react-hook-form';
import type { Locale } from '@/i18n/locales';
import type { MemberInput } from '@/lib/validations/delegation';

/** What the registration form knows of a delegation without its fields (delegation-fields.tsx loads when a head chooses them). */
export type DelegationFormValues = { delegation?: { name?: string; organization?: string; country?: string; members: MemberInput[] } };

/** The fields each member has, in form order: the error summary lists them in this order too. */
export const MEMBER_FIELDS = [
  'honorific',
  'familyName',
  'givenName',
  'patronymic',
  'latinFamilyName',
  'latinGivenName',
  'position',
  'email',
  'locale',
  'dietaryNeeds',
  'accessNeeds',
  'visitIds',
] as const;

export const emptyMember = (locale: Locale): MemberInput => ({
  familyName: '',
  givenName: '',
  latinFamilyName: '',
  latinGivenName: '',
  email: '',
  locale,
  visitIds: [],
});

/** Every delegation error as a line of the form's summary: which member, which field, what to do. */
export function delegationErrorList(errors: FieldErrors<DelegationFormValues>['delegation'], label: (field: string, member?: number) => string) {
  if (!errors) return [];
  const list: { id: string; label: string; key: string }[] = [];
  for (const field of ['name', 'organization', 'country'] as const) {
    const key = errors[field]?.message;
    if (key) list.push({ id: `delegation-${field}`, label: label(field), key });
  }
  const top = errors.members?.message ?? errors.members?.root?.message;
  if (top) list.push({ id: 'members-error', label: '', key: top });
  (Array.isArray(errors.members) ? errors.members : []).forEach((member: FieldErrors<MemberInput> | undefined, i: number) => {
    for (const field of MEMBER_FIELDS) {
      const key = member?.[field]?.message;
      if (key) list.push({ id: `member-${i}-${field}`, label: label(field, i + 1), key });
    }
  });
  return list;
}
