import type { CountryOption } from '@/lib/countries';

/** A country select's options: the prompt to choose first, then every country by its name in the reader's language. */
export function CountryOptions({ countries, placeholder }: { countries: CountryOption[]; placeholder: string }) {
  return (
    <>
      <option value="">{placeholder}</option>
      {countries.map((c) => (
        <option key={c.code} value={c.code}>
          {c.name}
        </option>
      ))}
    </>
  );
}
