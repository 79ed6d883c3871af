import type { ROLES } from '@/lib/domain';

export type Role = (typeof ROLES)[number];

/** Who may do what in the back office. Every page, action and route handler checks one of these. */
const PERMISSIONS = {
  // A co-host holds these only for the events assigned to it (`eventScope`): every route declares its event.
  viewEvents: ['admin', 'organizer', 'cohost'],
  editEvents: ['admin', 'organizer'],
  manageAttendees: ['admin', 'organizer', 'cohost'],
  sendEmail: ['admin', 'organizer', 'cohost'],
  viewEmailLog: ['admin', 'organizer', 'cohost'],
  viewAudit: ['admin', 'organizer'],
  checkIn: ['admin', 'organizer', 'checkin', 'cohost'],
  revealPassport: ['admin'],
  exportPassport: ['admin'],
  manageAccounts: ['admin'],
  /** Creating accounts, roles, disabling, resets, the second-factor switch: step-up when any admin has a factor. */
  manageSecurity: ['admin'],
  ownAccount: ['admin', 'organizer', 'checkin', 'cohost'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

const PASSPORT_PERMISSIONS: readonly Permission[] = ['revealPassport', 'exportPassport'];

/** Whom a check is about: the role, whether passport data still waits for a second factor, and whether security settings do. */
export interface Holder {
  role: Role;
  needsSecondFactor: boolean;
  needsStepUp?: boolean;
  /** A co-host's assigned events. */
  eventIds?: readonly string[];
}

/** The events a holder may see: `null` for every event, else only these (a co-host; none when unassigned). */
export const eventScope = (holder: Pick<Holder, 'role' | 'eventIds'>): readonly string[] | null => (holder.role === 'cohost' ? (holder.eventIds ?? []) : null);

export const roleAllows = (role: Role, permission: Permission) => (PERMISSIONS[permission] as readonly Role[]).includes(role);

/**
 * The role grants it; passport data only in a session signed in with a code when an admin requires that;
 * security settings only in a session signed in with a code once any administrator has a second factor.
 */
export const allows = (holder: Holder, permission: Permission) =>
  roleAllows(holder.role, permission) &&
  !(PASSPORT_PERMISSIONS.includes(permission) && holder.needsSecondFactor) &&
  !(permission === 'manageSecurity' && holder.needsStepUp);
