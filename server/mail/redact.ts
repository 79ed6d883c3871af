/** What stands in a stored message where the delegate's personal link was. */
export const LINK_REMOVED = '[personal link removed]';

/**
 * Management links never rest in the outbox or the e-mail log: a token is replaced wherever it
 * appears, and any `/registration/<token>` path (messages stored before this rule) on display.
 */
export function redactToken(text: string, token: string) {
  return text.replaceAll(token, LINK_REMOVED);
}

export function redactLinks(text: string) {
  return (
    text
      .replace(/(\/(?:registration|delegation)\/)[A-Za-z0-9_-]{43}/g, `$1${LINK_REMOVED}`)
      // In a stored quoted-printable part a long link may be wrapped by a soft line break ("=\r\n").
      .replace(/(\/(?:registration|delegation)\/)(?:[A-Za-z0-9_-]|=\r?\n)+/g, (match, prefix: string) =>
        match.replace(/=\r?\n/g, '').length - prefix.length === 43 ? `${prefix}${LINK_REMOVED}` : match,
      )
  );
}
