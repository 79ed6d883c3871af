import { pinForwardedFor } from './client-address';
import { getConfig } from './config';
import { scrubQueryErrors } from './log-scrub';
import { startInlineWorker } from './mail/inline-worker';

/**
 * Check the configuration (stop with one clear line if it is wrong), pin the client address the
 * rate limits see, then start the inline e-mail worker.
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
  startInlineWorker();
}
