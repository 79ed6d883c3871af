// Starts the in-process e-mail worker once per server process (MAIL_WORKER=inline, the default).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startInlineWorker } = await import('./lib/mail/inline-worker');
  startInlineWorker();
}
