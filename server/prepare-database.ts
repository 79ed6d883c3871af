import { prepareAccounts } from '@/db/seed/first-admin';
import { seedIfEmpty } from '@/db/seed/seed';
import type { PrepareDatabase } from '@/db/types';

/**
 * A server's first open of its database: the embedded one gets the sample events when it is empty;
 * both get their first account — the demo ones with DEMO=1, otherwise an administrator whose
 * one-time password is printed to the log.
 */
export const prepareDatabase: PrepareDatabase = async (db, driver) => {
  if (driver === 'pglite') await seedIfEmpty(db);
  await prepareAccounts(db);
};
