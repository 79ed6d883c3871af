import { getDb } from '@/db/client';
import { stopAnnouncements } from '@/db/queries/announcements';
import { readStopToken } from '@/lib/crypto';
import { json, safeErrorLabel } from '@/server/http';

/**
 * The one-click stop (RFC 8058): mail clients POST "List-Unsubscribe=One-Click" here, and the stop page's
 * button posts here too. The signed token is the authority; a GET never changes anything (link scanners).
 */
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const registrationId = readStopToken((await params).token);
  if (!registrationId) return json({ error: 'notFound' }, 404);
  try {
    const done = await stopAnnouncements(await getDb(), registrationId);
    if (!done) return json({ error: 'notFound' }, 404);
  } catch (error) {
    console.error(`stop announcements failed: ${safeErrorLabel(error)}`);
    return json({ error: 'tryAgain' }, 503);
  }
  const back = new URL(request.url).searchParams.get('locale');
  if (back && /^(zh|en|ko|ja|ru)$/.test(back)) {
    return new Response(null, { status: 303, headers: { Location: `/${back}/stop/${(await params).token}?done=1` } });
  }
  return json({ ok: true });
}
