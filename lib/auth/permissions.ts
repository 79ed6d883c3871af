import type { ROLES } from '@/db/schema';

export type Role = (typeof ROLES)[number];

/** Who may do what in the back office. Every page, action and route handler checks one of these. */
export const PERMISSIONS = {
  viewEvents: ['admin', 'organizer'],
  editEvents: ['admin', 'organizer'],
  manageAttendees: ['admin', 'organizer'],
  sendEmail: ['admin', 'organizer'],
  viewEmailLog: ['admin', 'organizer'],
  viewAudit: ['admin', 'organizer'],
  checkIn: ['admin', 'organizer', 'checkin'],
  revealPassport: ['admin'],
  exportPassport: ['admin'],
  manageAccounts: ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export const allows = (role: Role, permission: Permission) => (PERMISSIONS[permission] as readonly Role[]).includes(role);
