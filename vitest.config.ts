import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // Outside Next's server build `server-only` would throw; tests are server code.
      'server-only': path.resolve(import.meta.dirname, 'tests/server-only-stub.ts'),
    },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    // Generous limits: a test decides by outcome, and a loaded CI machine may take many times longer than an idle one.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // Database tests share one PostgreSQL; files run one at a time to keep load predictable on two cores.
    fileParallelism: false,
  },
});
