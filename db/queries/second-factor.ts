import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import type { Database } from '@/db/types';
import { organizers, portalSettings, sessions } from '@/db/schema';
import { seal, unseal } from '@/lib/crypto';
import type { AuditAction } from '@/lib/domain';
import { recordAudit } from './audit';
import { type Attempt, recordFailure, throttleWait } from './throttle';

const ISSUER = 'Events back office';
const PERIOD = 30;

const totpFor = (email: string, secret: Secret) => new TOTP({ issuer: ISSUER, label: email, algorithm: 'SHA1', digits: 6, period: PERIOD, secret });

/** The current 6-digit code for a sealed secret (tests and the enrolment check use it). */
export const currentCode = (sealedSecret: string) => TOTP.generate({ secret: Secret.fromBase32(unseal(sealedSecret)), period: PERIOD });

/**
 * Accepts a code for this step or either neighbour (clock drift), at most once: the step is
 * recorded in the same statement, so a code seen over someone's shoulder cannot be used again.
 */
export async function acceptCode(db: Database, organizerId: string, sealedSecret: string, code: string) {
  if (!/^\d{6}$/.test(code)) return false;
  const secret = Secret.fromBase32(unseal(sealedSecret));
  const delta = TOTP.validate({ token: code, secret, period: PERIOD, window: 1 });
  if (delta === null) return false;
  const step = Math.floor(Date.now() / 1000 / PERIOD) + delta;
  const used = await db
    .update(organizers)
    .set({ totpLastStep: step })
    .where(and(eq(organizers.id, organizerId), or(isNull(organizers.totpLastStep), lt(organizers.totpLastStep, step))))
    .returning({ id: organizers.id });
  return used.length === 1;
}

/** A new secret, kept sealed until the organizer proves their app has it. */
export async function startEnrolment(db: Database, organizerId: string) {
  const secret = new Secret({ size: 20 });
  await db
    .update(organizers)
    .set({ totpSecretSealed: seal(secret.base32), totpLastStep: null })
    .where(and(eq(organizers.id, organizerId), isNull(organizers.totpEnabledAt)));
}

/** The account's factor as stored: the sealed secret (pending until `enabledAt` is set). */
async function factorOf(db: Database, organizerId: string) {
  const [row] = await db
    .select({ email: organizers.email, sealed: organizers.totpSecretSealed, enabledAt: organizers.totpEnabledAt })
    .from(organizers)
    .where(eq(organizers.id, organizerId));
  return row;
}

/**
 * What the set-up page shows: since when the factor is on, or, while enrolment is under way, the
 * otpauth URI and the key to type by hand.
 */
export async function secondFactorStatus(db: Database, organizerId: string) {
  const row = await factorOf(db, organizerId);
  if (!row?.sealed || row.enabledAt) return { enabledAt: row?.enabledAt ?? null, pending: null };
  const secret = Secret.fromBase32(unseal(row.sealed));
  return { enabledAt: null, pending: { uri: totpFor(row.email, secret).toString(), key: secret.base32.replace(/(.{4})/g, '$1 ').trim() } };
}

/**
 * The first good code turns the factor on. The session it is entered in does not count as signed in
 * with it (a borrowed password-only session could otherwise enrol its own factor and pass every
 * step-up): the next sign-in with the code does.
 */
export async function confirmEnrolment(db: Database, organizerId: string, code: string) {
  const row = await factorOf(db, organizerId);
  if (!row?.sealed || row.enabledAt || !(await acceptCode(db, organizerId, row.sealed, code))) return false;
  await db.transaction(async (tx) => {
    await tx.update(organizers).set({ totpEnabledAt: new Date() }).where(eq(organizers.id, organizerId));
    await recordAudit(tx, { actorId: organizerId, action: 'account.secondFactorOn', entityType: 'organizer', entityId: organizerId });
  });
  return true;
}

/** Turning it off takes a current code, so a borrowed unlocked laptop is not enough. */
export async function disableSecondFactor(db: Database, organizerId: string, code: string) {
  const row = await factorOf(db, organizerId);
  if (!row?.sealed || !row.enabledAt || !(await acceptCode(db, organizerId, row.sealed, code))) return false;
  await clearSecondFactor(db, organizerId, organizerId, 'account.secondFactorOff');
  return true;
}

/**
 * An administrator resets a lost device. The account's sessions stay signed in but no longer count as
 * signed in with a code.
 */
export const resetSecondFactor = (db: Database, adminId: string, organizerId: string) =>
  clearSecondFactor(db, adminId, organizerId, 'account.secondFactorReset');

async function clearSecondFactor(db: Database, actorId: string, organizerId: string, action: AuditAction) {
  await db.transaction(async (tx) => {
    await tx.update(organizers).set({ totpSecretSealed: null, totpEnabledAt: null, totpLastStep: null }).where(eq(organizers.id, organizerId));
    await tx.update(sessions).set({ secondFactor: false }).where(eq(sessions.organizerId, organizerId));
    await recordAudit(tx, { actorId, action, entityType: 'organizer', entityId: organizerId });
  });
}

export async function passportsNeedSecondFactor(db: Database) {
  const [row] = await db.select().from(portalSettings);
  return row?.requireSecondFactorForPassports ?? false;
}

export async function setPassportsNeedSecondFactor(db: Database, adminId: string, required: boolean) {
  await db.transaction(async (tx) => {
    await tx
      .insert(portalSettings)
      .values({ id: 1, requireSecondFactorForPassports: required })
      .onConflictDoUpdate({ target: portalSettings.id, set: { requireSecondFactorForPassports: required, updatedAt: sql`now()` } });
    await recordAudit(tx, { actorId: adminId, action: 'settings.passportsNeedSecondFactor', entityType: 'settings', entityId: '1', after: { required } });
  });
}

/**
 * A code typed on the account's own set-up page (to confirm enrolment or to turn the factor off). It
 * counts toward the same slow-down as sign-in: wrong ones fill it, and once full no code is looked at.
 */
export async function enterOwnCode(
  db: Database,
  organizer: { id: string; email: string },
  action: 'confirm' | 'disable',
  code: string,
  attempt: Attempt = {},
): Promise<'on' | 'off' | 'code' | 'locked'> {
  if ((await throttleWait(db, organizer.email, attempt)) > 0) return 'locked';
  const digits = code.replace(/\s/g, '');
  const ok = action === 'confirm' ? await confirmEnrolment(db, organizer.id, digits) : await disableSecondFactor(db, organizer.id, digits);
  if (ok) return action === 'confirm' ? 'on' : 'off';
  await recordFailure(db, organizer.email, attempt);
  return 'code';
}
