import { freePort } from '../../e2e/ports';
import { startSmtp } from '../../tests/smtp-harness';
import { load } from '../load';
import { startServer } from '../server';
import { BENCH_SLUG } from './registration';

const body = (n: number) =>
  JSON.stringify({
    locale: 'en',
    familyName: 'Chen',
    givenName: `Jing${n}`,
    latinFamilyName: 'Chen',
    latinGivenName: 'Jing',
    organization: 'Relay Co',
    country: 'CN',
    email: `relay${n}-${Math.random().toString(36).slice(2, 8)}@example.org`,
    phone: '+86 431 8888 0000',
    delegationType: 'enterprise',
    consent: true,
    idempotencyKey: crypto.randomUUID(),
  });

/** 300 registrations at 10 connections against a server whose relay is `smtpUrl`: registrations/s. */
async function registrationsPerSecond(port: number, env: Record<string, string>, smtpUrl: string, from: number) {
  const server = await startServer(port, { ...env, SMTP_URL: smtpUrl, MAIL_MAX_ATTEMPTS: '30' });
  let n = from;
  const request = {
    method: 'POST' as const,
    path: `/api/events/${BENCH_SLUG}/registrations`,
    headers: { 'content-type': 'application/json', origin: server.url },
  };
  await load({ url: server.url, connections: 10, amount: 20, requests: [{ ...request, setupRequest: (r) => ({ ...r, body: body(n++) }) }] });
  const started = performance.now();
  const result = await load({
    url: server.url,
    connections: 10,
    amount: 300,
    timeout: 60,
    requests: [{ ...request, setupRequest: (r) => ({ ...r, body: body(n++) }) }],
  });
  const perSecond = 300 / ((performance.now() - started) / 1000);
  await server.stop();
  return { perSecond, non2xx: result.non2xx + result.errors };
}

/**
 * The mail relay's faults must not slow registration: registrations/s with the relay down ÷ with it up
 * (the target is ≥ 0.5; e2e/faults.spec.ts checks only that every registration succeeds and every e-mail arrives once).
 */
export async function mailRelay(startPort: number, env: Record<string, string>) {
  const smtp = await startSmtp();
  const up = await registrationsPerSecond(startPort, env, smtp.url, 0);
  await smtp.close();
  const down = await registrationsPerSecond(startPort + 1, env, `smtp://127.0.0.1:${await freePort()}`, 1000);
  return { up, down, downOverUp: down.perSecond / up.perSecond };
}
