import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// The rooms' arrows point one way: app → components → server → db → lib / i18n (ARCHITECTURE.md).
const above = {
  'lib/**': ['db', 'server', 'components', 'app'],
  'i18n/**': ['db', 'server', 'components', 'app'],
  'db/**': ['server', 'components', 'app'],
  'server/**': ['components', 'app'],
  'components/**': ['app'],
};
const layers = Object.entries(above).map(([files, rooms]) => ({
  files: [`${files.replace('/**', '')}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': ['error', {
      patterns: [{ group: rooms.map((room) => `@/${room}/**`), message: `${files.replace('/**', '')}/ may not import from ${rooms.join(', ')} (ARCHITECTURE.md)` }],
    }],
  },
}));

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  ...layers,
  globalIgnores(['.next/**', 'node_modules/**', 'var/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts']),
]);
