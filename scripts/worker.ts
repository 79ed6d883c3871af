// `npm run worker`: the e-mail worker as its own process (run several against one PostgreSQL;
// with the embedded database use the server's inline worker instead — PGlite allows one process).
import { closeDatabase, getDb } from '@/db/client';
import { startWorker } from '@/server/mail/worker';

const worker = startWorker(getDb, { log: (line) => console.log(line) });
console.log('mail worker started');
const stop = async () => {
  await worker.stop();
  await closeDatabase();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
