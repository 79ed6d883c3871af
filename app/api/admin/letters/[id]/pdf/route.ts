import { getDb } from '@/db/client';
import { letterPdf } from '@/db/queries/letters';
import { isUuid } from '@/lib/ids';
import { authorize } from '@/server/auth/admin-route';
import { LOCALES } from '@/i18n/locales';
import { json, refererLocale } from '@/server/http';
import { pdfResponse } from '@/server/pdf/response';

export const dynamic = 'force-dynamic';

/** The issued PDF for an administrator (it shows the passport number); the download is audited. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isUuid(id)) return json({ error: 'notFound' }, 404);
  // A link opened from the letter's page: a refusal opens the page that says why, in that page's language.
  const auth = await authorize('revealPassport', { letter: id }, refererLocale(request, LOCALES));
  if ('response' in auth) return auth.response;
  const pdf = await letterPdf(await getDb(), id, { actorId: auth.organizer.id });
  if (!pdf) return json({ error: 'notFound' }, 404);
  return pdfResponse(pdf);
}
