// Runs once when a server process starts: configuration first, then the e-mail worker.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startServerProcess } = await import('@/server/startup');
  startServerProcess();
}
