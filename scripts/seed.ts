// `npm run db:seed`: loads the sample events into an empty database (PGlite or DATABASE_URL).
// `npm run db:seed -- --demo-accounts` adds the three demo back-office accounts (for trying it out, never production).
import { closeDatabase, getDatabase, onDatabaseOpen } from '@/db/client';
import { prepareAccounts } from '@/db/seed/first-admin';
import { seedIfEmpty } from '@/db/seed/seed';

const demoAccounts = process.argv.includes('--demo-accounts');
if (demoAccounts && process.env.NODE_ENV === 'production') {
  console.error('--demo-accounts creates accounts with a published password; it is refused with NODE_ENV=production.');
  process.exit(2);
}
// Opening the database prepares the accounts: the demo ones when asked for, if it has none yet.
if (demoAccounts) process.env.DEMO = '1';
onDatabaseOpen((db) => prepareAccounts(db));
const { db, driver } = await getDatabase();
const seeded = await seedIfEmpty(db);
console.log(seeded ? `Seeded the sample events (${driver}).` : `The database already has events (${driver}); nothing to do.`);
await closeDatabase();
