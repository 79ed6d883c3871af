// Runs once when a server process starts: configuration is checked first, then the e-mail worker
// starts (MAIL_WORKER=inline, the default).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { getConfig } = await import('./lib/config');
  try {
    getConfig();
  } catch (error) {
    // One clear line naming the variable (never its value), then stop: a half-configured portal must not serve.
    console.error((error as Error).message);
    process.exit(1);
  }
  const { startInlineWorker } = await import('./lib/mail/inline-worker');
  startInlineWorker();
}
