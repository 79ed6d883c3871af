import { getConfig } from '@/lib/config';

/** JSON answers that never cache and never leak internals. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}) {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}

export const MAX_BODY_BYTES = 64 * 1024;

export type BodyResult = { ok: true; value: unknown } | { ok: false; response: Response };

/** The body's bytes, refused with 413 past `limit` (declared or counted while streaming), before anything parses it. */
async function readBytes(request: Request, limit = MAX_BODY_BYTES): Promise<{ ok: true; value: Buffer } | { ok: false; response: Response }> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > limit) return { ok: false, response: json({ error: 'tooLarge' }, 413) };
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (reader) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, response: json({ error: 'tooLarge' }, 413) };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, response: json({ error: 'invalid' }, 400) };
  }
  return { ok: true, value: Buffer.concat(chunks) };
}

/** Reads a JSON body of at most `limit` bytes; anything else is a clear 4xx, never a 500. */
export async function readJson(request: Request, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > limit) return { ok: false, response: json({ error: 'tooLarge' }, 413) };
  if (!request.headers.get('content-type')?.includes('application/json')) {
    return { ok: false, response: json({ error: 'invalid' }, 415) };
  }
  const bytes = await readBytes(request, limit);
  if (!bytes.ok) return bytes;
  try {
    // A reviver that drops __proto__ keeps prototype pollution out of every parsed object.
    return { ok: true, value: JSON.parse(bytes.value.toString('utf8'), (k, v) => (k === '__proto__' ? undefined : v)) };
  } catch {
    return { ok: false, response: json({ error: 'invalid' }, 400) };
  }
}

/**
 * Reads a form (urlencoded or multipart) of at most `limit` bytes into plain fields; file parts are
 * dropped, a repeated name becomes a list. A broken body is a 400, an oversized one a 413.
 */
export async function readForm(request: Request, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  const type = request.headers.get('content-type') ?? '';
  const bytes = await readBytes(request, limit);
  if (!bytes.ok) return bytes;
  try {
    const form = await new Response(new Uint8Array(bytes.value), { headers: { 'content-type': type } }).formData();
    const value: Record<string, unknown> = {};
    for (const [key, entry] of form.entries()) {
      if (typeof entry !== 'string' || key === '__proto__') continue;
      value[key] = key in value ? [value[key], entry].flat() : entry;
    }
    return { ok: true, value };
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
  const config = getConfig();
  const own = new URL(config.PUBLIC_URL).origin;
  // X-Forwarded-Host only from a trusted proxy; without one, only the Host the client connected to.
  const host = (config.TRUST_PROXY > 0 ? request.headers.get('x-forwarded-host') : null) ?? request.headers.get('host');
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

/** The back-office language of the page a request came from (its Referer); English when missing or not a URL. */
export function refererLocale(request: Request, locales: readonly string[]) {
  const referer = request.headers.get('referer');
  const locale = (referer && URL.canParse(referer) ? new URL(referer).pathname : '').split('/')[1] ?? '';
  return locales.includes(locale) ? locale : 'en';
}
