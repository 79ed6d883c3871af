/**
 * What a plain form's action did, shown on its page after the redirect: a refusal is announced at once
 * (alert), a success politely (status). The text comes in already localized.
 */
export function ResultBanner({ text, refused }: { text: string; refused: boolean }) {
  return (
    <p role={refused ? 'alert' : 'status'} className={`banner ${refused ? 'banner-error' : 'banner-success'}`}>
      {text}
    </p>
  );
}
