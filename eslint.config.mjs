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
// Pages, routes and components reach the tables only through db/queries (types may still be imported).
const tables = {
  group: ['@/db/schema', 'drizzle-orm', 'drizzle-orm/*'],
  allowTypeImports: true,
  message: 'query the database through db/queries (ARCHITECTURE.md)',
};
// The audit log is written by the db/queries function that makes the change, in its transaction (code review §6.4).
const auditWriters = {
  name: '@/db/queries/audit',
  message: 'write the audit entry in the db/queries function that makes the change, in its transaction; read the log through @/db/queries/audit-log',
};
const layers = Object.entries({ ...above, 'app/**': [] }).map(([files, rooms]) => ({
  files: [`${files.replace('/**', '')}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: ['app/**', 'components/**'].includes(files) ? [auditWriters] : [],
        patterns: [
          ...(rooms.length
            ? [
                {
                  group: rooms.map((room) => `@/${room}/**`),
                  message: `${files.replace('/**', '')}/ may not import from ${rooms.join(', ')} (ARCHITECTURE.md)`,
                },
              ]
            : []),
          ...(['app/**', 'components/**'].includes(files) ? [tables] : []),
        ],
      },
    ],
  },
}));

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  ...layers,
  globalIgnores(['.next/**', 'node_modules/**', 'var/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts']),
]);
