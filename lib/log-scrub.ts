/**
 * A failed database query's error carries its parameters (search terms, e-mail addresses), and Next
 * prints unhandled errors whole. Every console.error line keeps the query text but never the values.
 */
export function redactQueryText(text: string) {
  return text.replace(/(Failed query:[\s\S]*?)\nparams:[^\n]*/g, '$1\nparams: (not logged)');
}

function redacted(value: unknown): unknown {
  if (typeof value === 'string') return redactQueryText(value);
  if (value instanceof Error && /Failed query:/.test(value.message)) {
    const copy = new Error(redactQueryText(value.message));
    copy.name = value.name;
    copy.stack = redactQueryText(value.stack ?? '');
    if (value.cause instanceof Error) copy.cause = redacted(value.cause);
    return copy;
  }
  return value;
}

export function scrubQueryErrors() {
  const holder = globalThis as typeof globalThis & { __logScrubbed?: boolean };
  if (holder.__logScrubbed) return;
  holder.__logScrubbed = true;
  const original = console.error.bind(console);
  console.error = (...args: unknown[]) => original(...args.map(redacted));
}
