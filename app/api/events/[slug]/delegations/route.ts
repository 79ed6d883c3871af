import { hasLocale } from 'next-intl';
import { getDb } from '@/db/client';
import { registerDelegation } from '@/db/queries/delegation-register';
import { routing } from '@/i18n/routing';
import { clientIp, fromOwnSite, json, readJson, safeErrorLabel } from '@/server/http';
import { accessCodeProblem, accessCodeRefusal } from '@/server/access-code-answer';
import { limitRegistration } from '@/server/rate-limit';
import { revalidatePublic } from '@/server/revalidate';
import { delegationErrors, delegationSchema } from '@/lib/validations/delegation';
import { fieldErrors, registrationSchema } from '@/lib/validations/registration';
import { formBySlug } from '@/db/queries/questions';
import { checkExtras } from '@/server/form-extras';

export const dynamic = 'force-dynamic';

/** A head registers their delegation: the head's fields as the registration form's, plus `delegation`. */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  if (!fromOwnSite(request)) return json({ error: 'forbidden' }, 403);
  const retryAfter = await limitRegistration(clientIp(request));
  if (retryAfter > 0) return json({ error: 'rateLimited' }, 429, { 'Retry-After': String(retryAfter) });

  const body = await readJson(request);
  if (!body.ok) return body.response;
  const { locale: rawLocale, delegation, accessCode: rawCode, ...fields } = (body.value ?? {}) as Record<string, unknown>;
  const accessCode = typeof rawCode === 'string' ? rawCode.slice(0, 64) : undefined;
  const locale = hasLocale(routing.locales, rawLocale) ? rawLocale : routing.defaultLocale;
  if (typeof fields.website === 'string' && fields.website !== '') return json({ error: 'rejected' }, 400);
  const head = registrationSchema.safeParse(fields);
  const group = delegationSchema.safeParse(delegation ?? {});
  const { slug } = await params;
  const ip = clientIp(request);
  const refused = await accessCodeRefusal(ip, accessCode);
  if (refused) return refused;
  try {
    const db = await getDb();
    // The head's answers to the event's questions and travel details, checked as the individual endpoint does (#15, #16).
    const extras = checkExtras(
      await formBySlug(db, slug),
      fields.answers,
      fields.travel,
      head.success ? head.data.delegationType : (fields.delegationType as string | undefined),
    );
    if (!head.success || !group.success || !extras.ok) {
      return json(
        {
          error: 'validation',
          fields: { ...(head.success ? {} : fieldErrors(head.error)), ...(extras.ok ? {} : extras.fields) },
          delegation: group.success ? {} : delegationErrors(group.error),
        },
        400,
      );
    }
    const result = await registerDelegation(db, slug, locale, head.data, group.data, { code: accessCode }, extras.value);
    switch (result.kind) {
      case 'access':
        return accessCodeProblem(ip, result.problem);
      case 'not-found':
        return json({ error: 'notFound' }, 404);
      case 'closed':
        return json({ error: 'closed' }, 409);
      case 'duplicate':
        // Answered as a new registration is (security probe finding 11): the head's link goes only by e-mail.
        return json({ ok: true }, 201);
      case 'email-taken':
        return json({ error: 'validation', fields: {}, delegation: Object.fromEntries(result.paths.map((p) => [p, 'emailTaken'])) }, 400);
      case 'registered':
        if (!result.replayed) revalidatePublic();
        return json({ ok: true }, result.replayed ? 200 : 201);
    }
  } catch (error) {
    console.error(`delegation registration failed: ${safeErrorLabel(error)}`);
    return json({ error: 'tryAgain' }, 503, { 'Retry-After': '2' });
  }
}
