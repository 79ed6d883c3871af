import { z } from 'zod';
import { recordAudit } from '@/db/queries/audit';
import { createOrganizer } from '@/db/queries/auth';
import { ROLES } from '@/lib/domain';
import { adminRoute } from '@/server/auth/admin-route';

const schema = z.object({
  email: z.email({ error: 'invalidEmail' }).max(254),
  name: z.string().trim().min(1, { error: 'required' }).max(100),
  role: z.enum(ROLES),
  password: z.string().min(12, { error: 'tooShort' }).max(200),
});

export const POST = adminRoute('manageSecurity', schema, async ({ db, organizer, data }) => {
  const id = await createOrganizer(db, data);
  if (!id) return { body: { error: 'exists' }, status: 409 };
  await recordAudit(db, {
    actorId: organizer.id,
    action: 'account.create',
    entityType: 'organizer',
    entityId: id,
    after: { email: data.email, role: data.role },
  });
  return { body: { id }, status: 201 };
});
