import { getConfig } from './config';

/** JSON answers that never cache and never leak internals. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}) {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}

export const MAX_BODY_BYTES = 64 * 1024;

export type BodyResult = { ok: true; value: unknown } | { ok: false; response: Response };

/** Reads a JSON body of at most `limit` bytes; anything else is a clear 4xx, never a 500. */
export async function readJson(request: Request, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > limit) return { ok: false, response: json({ error: 'tooLarge' }, 413) };
  if (!request.headers.get('content-type')?.includes('application/json')) {
    return { ok: false, response: json({ error: 'invalid' }, 415) };
  }
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return { ok: false, response: json({ error: 'tooLarge' }, 413) };
    }
    chunks.push(value);
  }
  try {
    // A reviver that drops __proto__ keeps prototype pollution out of every parsed object.
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8'), (k, v) => (k === '__proto__' ? undefined : v)) };
  } catch {
    return { ok: false, response: json({ error: 'invalid' }, 400) };
  }
}

/**
 * State-changing requests must come from our own pages: browsers send Origin with every POST, so a
 * missing one is refused too, unless fetch metadata vouches that the request is same-origin.
 */
export function fromOwnSite(request: Request) {
  const origin = request.headers.get('origin');
  if (!origin) return request.headers.get('sec-fetch-site') === 'same-origin';
  const own = new URL(getConfig().PUBLIC_URL).origin;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  return origin === own || (host !== null && (origin === `http://${host}` || origin === `https://${host}`));
}

/**
 * The client's address for rate limiting (never for auth): `pinForwardedFor` sets the header at
 * start-up to the one address the trusted proxies vouch for.
 */
export function clientIp(request: Request) {
  return request.headers.get('x-forwarded-for')?.trim() || 'unknown';
}

/** A log line for a failure that names its kind but never carries query parameters (personal data). */
export function safeErrorLabel(error: unknown) {
  const e = error as { name?: string; code?: string; cause?: { code?: string; message?: string } };
  return [e.name ?? 'Error', e.code ?? e.cause?.code].filter(Boolean).join(' ');
}
