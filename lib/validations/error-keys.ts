/**
 * The message keys the schemas in this folder answer with, one set per messages namespace. Forms show
 * them without loading the schemas (and zod): the rules load when a person starts filling a form in.
 */

/** `RegistrationForm.errors`: the registration, visa-letter and access rules' messages. */
export const KNOWN_ERRORS = new Set([
  'required',
  'choose',
  'tooLong',
  'invalidCharacters',
  'noLetters',
  'latinOnly',
  'invalidEmail',
  'invalidPhone',
  'invalidDate',
  'dateInFuture',
  'invalidPassport',
  'consentRequired',
  'exitBeforeEntry',
  'rejected',
  'invalid',
  'unknownField',
]);

/** `DelegationForm.errors`: a delegation's and its members' messages. */
export const DELEGATION_ERRORS = new Set([
  'required',
  'choose',
  'tooLong',
  'invalidCharacters',
  'noLetters',
  'latinOnly',
  'invalidEmail',
  'invalid',
  'unknownField',
  'membersRequired',
  'tooManyMembers',
  'emailRepeated',
  'emailTaken',
]);

/** `Travel.errors`: arrival, departure and accommodation. */
export const TRAVEL_ERRORS = new Set([
  'required',
  'choose',
  'tooLong',
  'invalidCharacters',
  'invalidDate',
  'invalidTime',
  'invalidCarrier',
  'invalidNights',
  'neededForPickup',
  'departureBeforeArrival',
  'invalid',
]);

/** `Questions.errors`: the event's own questions and the organizer's question editor. */
export const QUESTION_ERRORS = new Set([
  'required',
  'choose',
  'tooLong',
  'tooMany',
  'invalidCharacters',
  'invalidDate',
  'labelRequired',
  'twoOptions',
  'invalid',
]);

/** `Admin.accounts.errors`: a new account's fields, and the address already in use. */
export const ACCOUNT_ERRORS = ['required', 'invalidEmail', 'choose', 'tooShort', 'tooLong', 'invalidCharacters', 'noLetters', 'exists'] as const;
