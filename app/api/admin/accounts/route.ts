import { z } from 'zod';
import { createAccount } from '@/db/queries/accounts';
import { ROLES } from '@/lib/domain';
import { adminRoute } from '@/server/auth/admin-route';

const schema = z.object({
  email: z.email({ error: 'invalidEmail' }).max(254),
  name: z.string().trim().min(1, { error: 'required' }).max(100),
  role: z.enum(ROLES),
  password: z.string().min(12, { error: 'tooShort' }).max(200),
});

export const POST = adminRoute('manageSecurity', schema, async ({ db, organizer, data }) => {
  const id = await createAccount(db, organizer.id, data);
  if (!id) return { body: { error: 'exists' }, status: 409 };
  return { body: { id }, status: 201 };
});
