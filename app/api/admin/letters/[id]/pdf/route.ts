import { getDb } from '@/db/client';
import { letterPdf } from '@/db/queries/letters';
import { isUuid } from '@/lib/ids';
import { authorize } from '@/server/auth/admin-route';
import { json } from '@/server/http';
import { pdfResponse } from '@/server/pdf/response';

export const dynamic = 'force-dynamic';

/** The issued PDF for an administrator (it shows the passport number); the download is audited. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isUuid(id)) return json({ error: 'notFound' }, 404);
  const auth = await authorize('revealPassport', { letter: id });
  if ('response' in auth) return auth.response;
  const pdf = await letterPdf(await getDb(), id, { actorId: auth.organizer.id });
  if (!pdf) return json({ error: 'notFound' }, 404);
  return pdfResponse(pdf);
}
