import { randomUUID } from 'node:crypto';
import { startServer } from '../server';
import { EVENT_PATH } from './pages';

const SLUG = 'northeast-asia-belt-and-road-2027';
const seatsLeft = async (url: string) => Number((await (await fetch(url + EVENT_PATH('en'))).text()).match(/(\d+) seats? left/)?.[1]);

/**
 * Two instances on one database (and, with REDIS_URL, one cache): a registration through A changes the seat
 * count; how many milliseconds until B's public page shows it (target ≤ 2,000), over five changes.
 */
export async function changeToEveryInstance(ports: [number, number], env: Record<string, string>) {
  const [a, b] = await Promise.all(ports.map((port) => startServer(port, env, EVENT_PATH('en'))));
  const delays: number[] = [];
  try {
    for (let i = 0; i < 5; i++) {
      const before = await seatsLeft(b!.url);
      const response = await fetch(`${a!.url}/api/events/${SLUG}/registrations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: a!.url },
        body: JSON.stringify({
          locale: 'en',
          familyName: 'Park',
          givenName: `Instance${i}`,
          latinFamilyName: 'Park',
          latinGivenName: 'Instance',
          organization: 'Bench Co',
          country: 'KR',
          email: `instance${i}-${randomUUID().slice(0, 8)}@example.org`,
          phone: '+82 2 000 0000',
          delegationType: 'enterprise',
          consent: true,
          idempotencyKey: randomUUID(),
        }),
      });
      if (response.status !== 201) throw new Error(`registration through instance A answered ${response.status}`);
      const started = performance.now();
      while ((await seatsLeft(b!.url)) === before) {
        if (performance.now() - started > 30_000) throw new Error('instance B did not show the change within 30 s');
        await new Promise((r) => setTimeout(r, 20));
      }
      delays.push(performance.now() - started);
    }
  } finally {
    await Promise.all([a!.stop(), b!.stop()]);
  }
  return { maxMs: Math.max(...delays), delays };
}
