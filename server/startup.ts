import { pinForwardedFor } from './client-address';
import { prepareDatabase } from './prepare-database';
import { onDatabaseOpen } from '@/db/client';
import { getConfig } from '@/lib/config';
import { scrubQueryErrors } from '@/lib/log-scrub';
import { startInlineJobs } from '@/server/jobs/inline';

/**
 * Check the configuration (stop with one clear line if it is wrong), pin the client address the
 * rate limits see, say how a new database is prepared, then start the inline jobs (e-mail, reminders, purges).
 */
export function startServerProcess() {
  scrubQueryErrors();
  try {
    pinForwardedFor(getConfig().TRUST_PROXY);
  } catch (error) {
    // Names the variable, never its value; a half-configured portal must not serve.
    console.error((error as Error).message);
    process.exit(1);
  }
  onDatabaseOpen(prepareDatabase);
  startInlineJobs();
}
