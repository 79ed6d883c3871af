import { z } from 'zod';
import { revealVisaData } from '@/db/queries/decisions';
import { adminRoute } from '@/server/auth/admin-route';

export const POST = adminRoute('revealPassport', z.object({ id: z.uuid() }), async ({ db, organizer, data }) => {
  const visa = await revealVisaData(db, organizer.id, data.id);
  return visa ? { body: visa } : { body: { error: 'notFound' }, status: 404 };
});
