// `npm run db:seed`: loads the sample events into an empty database (PGlite or DATABASE_URL).
// `npm run db:seed -- --demo-accounts` adds the three demo back-office accounts (for trying it out, never production).
import { closeDatabase, getDatabase } from '../client';
import { seedIfEmpty } from './seed';

const { db, driver } = await getDatabase();
const seeded = await seedIfEmpty(db, { demoAccounts: process.argv.includes('--demo-accounts') });
console.log(seeded ? `Seeded the sample events (${driver}).` : `The database already has events (${driver}); nothing to do.`);
await closeDatabase();
