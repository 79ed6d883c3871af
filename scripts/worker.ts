// `npm run worker`: the jobs runner as its own process — the e-mail outbox, reminders and purges. Run several
// against one PostgreSQL (each job's slot and each message is taken by one of them); with the embedded
// database use the server's inline runner instead (PGlite allows one process).
import { closeDatabase, getDb } from '@/db/client';
import { startScheduler } from '@/server/jobs/scheduler';

const worker = startScheduler(getDb, { log: (line) => console.log(line) });
console.log('jobs worker started');
const stop = async () => {
  await worker.stop();
  await closeDatabase();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
