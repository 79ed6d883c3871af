import { hasLocale } from 'next-intl';
import { getDb } from '@/db/client';
import { registerDelegate } from '@/db/queries/registrations';
import { routing } from '@/i18n/routing';
import { clientIp, fromOwnSite, json, readJson, safeErrorLabel } from '@/server/http';
import { accessCodeProblem, accessCodeRefusal } from '@/server/access-code-answer';
import { limitRegistration } from '@/server/rate-limit';
import { revalidatePublic } from '@/server/revalidate';
import { fieldErrors, registrationSchema } from '@/lib/validations/registration';
import { formBySlug } from '@/db/queries/questions';
import { checkExtras } from '@/server/form-extras';

export const dynamic = 'force-dynamic';

/** The endpoint the registration form posts to. Answers carry message keys; the form localizes them. */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  if (!fromOwnSite(request)) return json({ error: 'forbidden' }, 403);
  const retryAfter = await limitRegistration(clientIp(request));
  if (retryAfter > 0) return json({ error: 'rateLimited' }, 429, { 'Retry-After': String(retryAfter) });

  const body = await readJson(request);
  if (!body.ok) return body.response;
  // The access code is not part of the delegate's record: it is checked, and counted, at registration time only.
  const { locale: rawLocale, accessCode: rawCode, ...fields } = (body.value ?? {}) as Record<string, unknown>;
  const accessCode = typeof rawCode === 'string' ? rawCode.slice(0, 64) : undefined;
  const locale = hasLocale(routing.locales, rawLocale) ? rawLocale : routing.defaultLocale;
  if (typeof fields.website === 'string' && fields.website !== '') return json({ error: 'rejected' }, 400);
  const parsed = registrationSchema.safeParse(fields);
  const { slug } = await params;
  const ip = clientIp(request);
  // An address that has guessed too often gets no more lookups until its bucket drains.
  const refused = await accessCodeRefusal(ip, accessCode);
  if (refused) return refused;
  try {
    const db = await getDb();
    // The event's own questions and travel fields, checked with the schema the form used (#16).
    const form = await formBySlug(db, slug);
    const extras = checkExtras(
      form,
      fields.answers,
      fields.travel,
      parsed.success ? parsed.data.delegationType : (fields.delegationType as string | undefined),
    );
    if (!parsed.success || !extras.ok) {
      return json({ error: 'validation', fields: { ...(parsed.success ? {} : fieldErrors(parsed.error)), ...(extras.ok ? {} : extras.fields) } }, 400);
    }
    const result = await registerDelegate(db, slug, locale, parsed.data, { code: accessCode }, extras.value);
    switch (result.kind) {
      case 'access':
        return accessCodeProblem(ip, result.problem);
      case 'not-found':
        return json({ error: 'notFound' }, 404);
      case 'closed':
        return json({ error: 'closed' }, 409);
      // The same answer for a new registration and for an address already registered (finding 11): the
      // reference, the status and the private link go only by e-mail, to the address on file.
      case 'duplicate':
        return json({ ok: true }, 201);
      case 'registered':
        if (!result.replayed) revalidatePublic();
        return json({ ok: true }, result.replayed ? 200 : 201);
    }
  } catch (error) {
    console.error(`registration failed: ${safeErrorLabel(error)}`);
    return json({ error: 'tryAgain' }, 503, { 'Retry-After': '2' });
  }
}
