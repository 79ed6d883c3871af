import { count } from 'drizzle-orm';
import type { Database } from '@/db/types';
import { organizers } from '@/db/schema';
import { createOrganizer } from '@/db/queries/auth';
import { temporaryPassword } from '@/db/queries/accounts';
import { getConfig } from '@/lib/config';
import { createDemoAccounts } from './seed';

export const FIRST_ADMIN_EMAIL = 'admin@example.org';

/**
 * A portal with no account gets one administrator with a random password, printed once to the
 * server's log and to be changed at the first sign-in. Nothing is printed when accounts exist.
 */
async function ensureFirstAdmin(db: Database, log: (line: string) => void = console.log) {
  const [row] = await db.select({ n: count() }).from(organizers);
  if (row && row.n > 0) return null;
  const password = temporaryPassword();
  const id = await createOrganizer(db, { email: FIRST_ADMIN_EMAIL, name: 'Administrator', role: 'admin', password, mustChangePassword: true });
  if (!id) return null;
  log(
    [
      '',
      'No back-office account existed, so one administrator was created:',
      `  e-mail:   ${FIRST_ADMIN_EMAIL}`,
      `  password: ${password}`,
      'Sign in at /en/admin/sign-in; you will be asked to choose a new password. This password is shown only once.',
      '',
    ].join('\n'),
  );
  return { id, email: FIRST_ADMIN_EMAIL, password };
}

/**
 * Run at every start (the first one creates): with DEMO=1 the three demo accounts, otherwise one
 * administrator with a printed password, in a database that has no account yet.
 */
export async function prepareAccounts(db: Database) {
  const [row] = await db.select({ n: count() }).from(organizers);
  if (row && row.n > 0) return;
  if (getConfig().DEMO) await createDemoAccounts(db);
  else if (getConfig().FIRST_ADMIN === 'print') await ensureFirstAdmin(db);
}
