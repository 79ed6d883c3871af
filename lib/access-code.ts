// Crockford-style alphabet without 0/O, 1/I/L and U: read out on the phone and typed from a letter.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 12; // 30^12 ≈ 5·10^17: with the wrong-code limit, guessing one is hopeless

/** A new access code, normalized (no separators); `formatCode` groups it for people. */
export function newAccessCode(): string {
  const out: string[] = [];
  const bytes = new Uint8Array(32);
  while (out.length < LENGTH) {
    crypto.getRandomValues(bytes);
    // Rejection sampling: no letter is likelier than another.
    for (const b of bytes) if (b < 240 && out.length < LENGTH) out.push(ALPHABET[b % ALPHABET.length]!);
  }
  return out.join('');
}

/** What a person typed or pasted (spaces, dashes, lower case, full-width letters) in the stored form. */
export const normalizeAccessCode = (value: string) =>
  value
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-_.·・]/g, '');

/** XXXX-XXXX-XXXX. */
export const formatCode = (code: string) => code.match(/.{1,4}/g)?.join('-') ?? code;

/** Plausible before any lookup: the right length and alphabet. */
export const wellFormedCode = (code: string) => new RegExp(`^[${ALPHABET}]{${LENGTH}}$`).test(code);

/** Why a code did not open registration; each has a sentence in AccessCode.errors. */
export const ACCESS_CODE_PROBLEMS = ['required', 'invalid', 'revoked', 'exhausted', 'tooLarge', 'tooManyAttempts'] as const;
export type AccessCodeProblem = (typeof ACCESS_CODE_PROBLEMS)[number];
