import { getDatabase } from '@/db/client';

export const dynamic = 'force-dynamic';

export async function GET() {
  try {
    const database = await getDatabase();
    await database.ping();
    return Response.json({ db: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
  } catch {
    return Response.json({ db: 'unavailable' }, { status: 503, headers: { 'Cache-Control': 'no-store' } });
  }
}
