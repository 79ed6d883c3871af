import { createAccount } from '@/db/queries/accounts';
import { newAccountSchema } from '@/lib/validations/account';
import { adminRoute } from '@/server/auth/admin-route';

export const POST = adminRoute('manageSecurity', newAccountSchema, async ({ db, organizer, data }) => {
  const id = await createAccount(db, organizer.id, data);
  // An address already in use is said beside the e-mail field (components/admin/new-account-form.tsx).
  if (!id) return { body: { error: 'exists', fields: { email: 'exists' } }, status: 409 };
  return { body: { id }, status: 201 };
});
