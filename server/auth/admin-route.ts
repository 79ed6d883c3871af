import { LOCALES } from '@/i18n/locales';
import 'server-only';
import { z } from 'zod';
import { getDb, type Database } from '@/db/client';
import type { SessionOrganizer } from '@/db/queries/auth';
import { fromOwnSite, json, readForm, readJson, refererLocale, safeErrorLabel } from '@/server/http';
import { fieldErrors } from '@/lib/validations/registration';
import { allows, type Permission, roleAllows } from '@/lib/permissions';
import { currentOrganizer } from './session';
import { type Target, targetAllowed } from './scope';

const ADMIN_PATH = new RegExp(`^/(${LOCALES.join('|')})/admin(/[A-Za-z0-9._~%?&=/-]*)?$`);

interface Context<T> {
  db: Database;
  organizer: SessionOrganizer;
  data: T;
  request: Request;
}

/**
 * What an action answers: JSON `body`/`status` for fetch callers; plain forms go back to their page
 * (`returnTo`, read here, never by the action), or to another back-office `page` (a path after the locale,
 * `/admin/…`) in the same language, with `query` and `hash` added, e.g. `{ query: { result: 'ok' } }`. A refusal
 * (`status` 4xx) names its reason in `query` too, and the page reads it: without one the person is back with no word.
 */
interface Answer {
  page?: `/admin/${string}`;
  query?: Record<string, string>;
  hash?: string;
  body?: unknown;
  status?: number;
}
type Handler<T> = (context: Context<T>) => Promise<Response | Answer>;

/**
 * Every back-office mutation goes through here: same-origin check, session, permission (403 for a
 * role that lacks it), body parsed by the action's own zod schema (classic or mini). Plain HTML forms get a 303 back
 * to their `returnTo` field (any back-office path), or, when the gate refuses them (no session, role, event, second
 * factor), to the page that says why; fetch callers (Accept: application/json) get JSON.
 */
export function adminRoute<S extends z.core.$ZodType>(
  permission: Permission,
  schema: S,
  handler: Handler<z.output<S>>,
  options: { maxBytes?: number; beforePasswordChange?: boolean; target?: (data: z.output<S>) => Target } = {},
) {
  return async (request: Request) => {
    if (!fromOwnSite(request)) return json({ error: 'forbidden' }, 403);
    const wantsJson = request.headers.get('accept')?.includes('application/json');
    // A plain form is refused onto the page that says why; fetch callers (and JSON bodies) get JSON.
    const plain = !wantsJson && !(request.headers.get('content-type') ?? '').includes('application/json');
    const refuse = (error: Refusal, locale = refererLocale(request, LOCALES)) => (plain ? refusalPage(locale, error) : refusalJson(error));
    const organizer = await currentOrganizer();
    if (!organizer) return refuse('unauthorized');
    // A printed or reset password opens nothing but the page that replaces it.
    if (organizer.mustChangePassword && !options.beforePasswordChange) return refuse('passwordChangeRequired');
    const denied = deniedBy(organizer, permission);
    if (denied) return refuse(denied);
    const input = await readInput(request, options.maxBytes);
    if (!input.ok) return input.response;
    // `returnTo` is this wrapper's, never the action's: a strict schema (registration-edit) would refuse it as unknown.
    const record = typeof input.value === 'object' && input.value !== null && !Array.isArray(input.value);
    const { returnTo, ...fields } = record ? (input.value as Record<string, unknown>) : {};
    const parsed = z.safeParse(schema, record ? fields : input.value);
    const back = safeReturn(returnTo);
    if (!parsed.success) {
      // A plain form goes back to its page with a message instead of showing raw JSON.
      if (!wantsJson && back) return new Response(null, { status: 303, headers: { Location: `${back.split('?')[0]}?result=invalid` } });
      return json({ error: 'validation', fields: fieldErrors(parsed.error) }, 400);
    }
    try {
      const db = await getDb();
      // A co-host reaches only its own events' data; the check is here so no route can forget it.
      if (!(await targetAllowed(db, organizer, options.target?.(parsed.data)))) return refuse('forbidden', back?.split('/')[1]);
      const result = await handler({ db, organizer, data: parsed.data, request });
      if (result instanceof Response) return result;
      const location = destination(back, result);
      if (!wantsJson && location) return new Response(null, { status: 303, headers: { Location: location } });
      return json(result.body ?? { ok: true }, result.status ?? 200);
    } catch (error) {
      console.error(`admin action failed: ${safeErrorLabel(error)}`);
      return json({ error: 'tryAgain' }, 503);
    }
  };
}

async function readInput(request: Request, maxBytes?: number) {
  const type = request.headers.get('content-type') ?? '';
  if (type.includes('application/json')) return readJson(request, maxBytes);
  if (type.includes('application/x-www-form-urlencoded') || type.includes('multipart/form-data')) return readForm(request, maxBytes);
  return { ok: true as const, value: {} };
}

/** Where a plain form goes after the action: its `returnTo` as sent, unless the action adds to it or names another page. */
function destination(back: string | undefined, { page, query, hash }: Answer) {
  if (!back || (!page && !query && !hash)) return back;
  const path = page ? `/${back.split('/')[1]}${page}` : back.split('?')[0];
  return `${path}${query ? `?${new URLSearchParams(query)}` : ''}${hash ? `#${hash}` : ''}`;
}

/** Only paths inside our own back office: never `//evil.example` or an absolute URL. */
export function safeReturn(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return ADMIN_PATH.test(value) && !value.includes('//') ? value : undefined;
}

/** Why the gate refuses a request: no session, a password to replace first, a role or event not its own, a missing second factor. */
type Refusal = 'unauthorized' | 'passwordChangeRequired' | 'forbidden' | 'secondFactorRequired';

/** The back-office page that says why (the forbidden page in its wording for an action rather than a page). */
const REFUSAL_PAGES: Record<Refusal, string> = {
  unauthorized: '/sign-in?error=signedOut',
  passwordChangeRequired: '/password',
  forbidden: '/forbidden?what=action',
  secondFactorRequired: '/security',
};

/** A plain form or a download link, refused: to the page that says why, in the person's language. */
const refusalPage = (locale: string, error: Refusal) =>
  new Response(null, {
    status: 303,
    headers: { Location: `/${(LOCALES as readonly string[]).includes(locale) ? locale : 'en'}/admin${REFUSAL_PAGES[error]}` },
  });

const refusalJson = (error: Refusal) => json({ error }, error === 'unauthorized' ? 401 : 403);

/**
 * For GET route handlers (search, exports): the session, the permission and the target's event, or the refusal to return.
 * With `locale` (a download link or form that came from a back-office page), a refusal goes to the page that says why.
 */
export async function authorize(permission: Permission, target?: Target, locale?: string): Promise<{ organizer: SessionOrganizer } | { response: Response }> {
  const refuse = (error: Refusal) => ({ response: locale ? refusalPage(locale, error) : refusalJson(error) });
  const organizer = await currentOrganizer();
  if (!organizer) return refuse('unauthorized');
  if (organizer.mustChangePassword) return refuse('passwordChangeRequired');
  const denied = deniedBy(organizer, permission);
  if (denied) return refuse(denied);
  if (!(await targetAllowed(await getDb(), organizer, target))) return refuse('forbidden');
  return { organizer };
}

/** Whether the role lacks the permission ('forbidden') or only the second factor is missing (the page then points to its set-up). */
function deniedBy(organizer: SessionOrganizer, permission: Permission): Refusal | null {
  if (allows(organizer, permission)) return null;
  return roleAllows(organizer.role, permission) ? 'secondFactorRequired' : 'forbidden';
}

/** 403, saying so when only the second factor is missing; to the page that says why with `locale`. */
export function refusal(organizer: SessionOrganizer, permission: Permission, locale?: string) {
  const denied = deniedBy(organizer, permission);
  if (!denied) return null;
  return locale ? refusalPage(locale, denied) : refusalJson(denied);
}
