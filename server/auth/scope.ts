import 'server-only';
import type { Database } from '@/db/types';
import { eventOfEmail, eventOfLetter, eventsOfRegistrations } from '@/db/queries/co-hosts';
import { eventScope, type Holder } from '@/lib/permissions';

/**
 * What a back-office request touches, so a co-host's request is checked against its events on the
 * server: `'own'` for the signed-in account itself (its password, its second factor), else the event,
 * registrations, e-mail or visa letter named in the request.
 */
export type Target = 'own' | { event?: string; registrations?: string[]; email?: number; letter?: string };

/** Whether the holder may act on the target. Unrestricted roles always may; a co-host only within its events. */
export async function targetAllowed(db: Database, holder: Pick<Holder, 'role' | 'eventIds'>, target: Target | undefined) {
  const scope = eventScope(holder);
  if (scope === null || target === 'own') return true;
  // A route that does not say what it touches is closed to co-hosts: new routes are safe by default.
  if (!target) return false;
  const touched: string[] = [];
  if (target.event !== undefined) touched.push(target.event);
  if (target.registrations?.length) touched.push(...(await eventsOfRegistrations(db, target.registrations)));
  if (target.email !== undefined) {
    const events = await eventOfEmail(db, target.email);
    if (events === null) return false; // an e-mail that belongs to no registration: not a co-host's
    touched.push(...events);
  }
  if (target.letter !== undefined) {
    const events = await eventOfLetter(db, target.letter);
    if (events.length === 0) return false;
    touched.push(...events);
  }
  return touched.every((id) => scope.includes(id));
}
