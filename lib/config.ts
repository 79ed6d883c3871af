import path from 'node:path';
import { z } from 'zod';

/** The one place that reads process.env: validated once, failing with a line that names the variable. */
const schema = z
  .object({
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\/\S+$/, 'must be a postgres:// URL')
      .optional(),
    DATA_DIR: z.string().min(1).default('./var/data'),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\/\S+$/, 'must be an smtp:// or smtps:// URL')
      .optional(),
    /** Required in production on PostgreSQL: e-mail links, cookies' `Secure` and the origin check depend on it. */
    PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
    NODE_ENV: z.string().optional(),
    /** `1`: seed the three demo accounts with the published password (trying it out only; never production on PostgreSQL). */
    DEMO: z
      .enum(['0', '1'])
      .default('0')
      .transform((v) => v === '1'),
    /** Shows the benchmark's ceiling pages (`/bench-ceiling`); `npm run bench` sets it, nothing else should. */
    BENCH_PAGES: z
      .enum(['0', '1'])
      .default('0')
      .transform((v) => v === '1'),
    /** `skip`: no first administrator is printed for an empty database (`npm run admin:create` sets it: it creates its own). */
    FIRST_ADMIN: z.enum(['print', 'skip']).default('print'),
    ENCRYPTION_KEY: z
      .string()
      .regex(/^[A-Za-z0-9+/]{43}=$/, 'must be 32 bytes in base64')
      .optional(),
    MAIL_WORKER: z.enum(['inline', 'off']).default('inline'),
    MAIL_FROM: z.string().min(3).default('Jilin Trade Promotion Events <no-reply@events.example.org>'),
    /** First retry delay; each further try waits twice as long (with jitter), up to an hour. */
    MAIL_RETRY_BASE_MS: z.coerce.number().int().min(10).default(30_000),
    MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
    /** `settable`: the scheduled jobs read their clock from the database, moved forward by tests (never in production). */
    JOBS_CLOCK: z.enum(['real', 'settable']).default('real'),
    /** Scheduler loops the server runs inline (more than one only to prove, in tests, that jobs run once). */
    JOBS_INLINE_RUNNERS: z.coerce.number().int().min(1).max(4).default(1),
    PASSPORT_RETENTION_DAYS: z.coerce.number().int().min(0).max(3650).default(30),
    REGISTRATIONS_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(10),
    /** A Redis server shared by every instance: rendered pages, cached data and rate limits (cache-handler.mjs reads it too). */
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\/\S+$/, 'must be a redis:// or rediss:// URL')
      .optional(),
    /** How many reverse proxies in front append to X-Forwarded-For; 0 = clients connect directly. */
    TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  })
  .refine((env) => !env.DATABASE_URL || env.ENCRYPTION_KEY, {
    // Instances sharing PostgreSQL must share one key; a key file is only for the embedded default.
    path: ['ENCRYPTION_KEY'],
    message: 'is required when DATABASE_URL is set (32 random bytes in base64: `openssl rand -base64 32`)',
  })
  .refine((env) => !(env.DATABASE_URL && env.NODE_ENV === 'production') || env.PUBLIC_URL, {
    path: ['PUBLIC_URL'],
    message: 'is required in production with DATABASE_URL (the public origin, e.g. https://events.example.org)',
  })
  .refine((env) => !(env.DATABASE_URL && env.NODE_ENV === 'production' && env.JOBS_CLOCK === 'settable'), {
    path: ['JOBS_CLOCK'],
    message: 'must not be settable in production with DATABASE_URL (anyone with an admin account could fire reminders early)',
  })
  .refine((env) => !(env.DATABASE_URL && env.NODE_ENV === 'production' && env.DEMO), {
    path: ['DEMO'],
    message: 'must not be set in production with DATABASE_URL (demo accounts have a published password)',
  });

export type Config = Omit<z.infer<typeof schema>, 'PUBLIC_URL'> & { PUBLIC_URL: string; dataDir: string };

let cached: Config | undefined;

export function getConfig(): Config {
  if (cached) return cached;
  const env = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== ''));
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    // Name the variable and the rule, never the value: it may be a secret.
    throw new Error(`Configuration error: ${issue.path.join('.')} ${issue.message}`);
  }
  cached = { ...parsed.data, PUBLIC_URL: parsed.data.PUBLIC_URL ?? 'http://localhost:3000', dataDir: path.resolve(parsed.data.DATA_DIR) };
  return cached;
}

/** For tests that change the environment between cases. */
export function resetConfigForTests() {
  cached = undefined;
}
