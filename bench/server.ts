import { type ChildProcess, spawn } from 'node:child_process';

export interface Server {
  url: string;
  process: ChildProcess;
  startedMs: number;
  stop: () => Promise<void>;
}

/** Starts the production build (`next start`) with the given environment; resolves at the first 200 of `readyPath`. */
export async function startServer(port: number, env: Record<string, string>, readyPath = '/api/health'): Promise<Server> {
  const started = performance.now();
  const child = spawn('node_modules/.bin/next', ['start', '-p', String(port)], {
    // BENCH_PAGES=1: the ceiling pages (/bench-ceiling) answer only to the benchmark's own servers. PUBLIC_URL is
    // the address the benchmark fetches, so canonical links match it (Lighthouse's SEO audit checks them).
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', BENCH_PAGES: '1', ...env, PUBLIC_URL: `http://127.0.0.1:${port}` },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    try {
      const response = await fetch(url + readyPath);
      if (response.status === 200) break;
    } catch {
      /* not listening yet */
    }
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    process: child,
    startedMs: performance.now() - started,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  };
}
