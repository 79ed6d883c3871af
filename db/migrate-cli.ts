// `npm run db:migrate`: opening the database applies pending migrations (with a lock on PostgreSQL).
import { closeDatabase, getDatabase } from './client';

const { driver } = await getDatabase();
console.log(`Migrations applied (${driver}).`);
await closeDatabase();
