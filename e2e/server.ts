import { type ChildProcess, spawn } from 'node:child_process';
import { expect } from '@playwright/test';
import { freePort } from './ports';

export interface Server {
  url: string;
  child: ChildProcess;
  /** Everything the server printed so far (only when started with `output: true`). */
  output: () => string;
  /** Kills it (SIGKILL unless told otherwise) and waits until it is gone. */
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

/**
 * A production server of the test's own (`next start` on the build), on a free port unless one is given, answering
 * /api/health before this returns; `env` is added to the runner's own environment.
 */
export async function startServer(
  env: Record<string, string | undefined>,
  { port, output = false }: { port?: number; output?: boolean } = {},
): Promise<Server> {
  const chosen = port ?? (await freePort());
  const url = `http://localhost:${chosen}`;
  const child = spawn('node_modules/.bin/next', ['start', '-p', String(chosen)], {
    env: { ...process.env, PUBLIC_URL: url, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: output ? ['ignore', 'pipe', 'pipe'] : 'ignore',
  });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const server: Server = {
    url,
    child,
    output: () => log,
    stop: async (signal = 'SIGKILL') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
  try {
    await expect.poll(async () => (await fetch(`${url}/api/health`).catch(() => null))?.status, { timeout: 180_000, message: `${url}/api/health` }).toBe(200);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}
