import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { getConfig } from './config';

let key: Buffer | undefined;

/**
 * The AES-256 key for personal data at rest: ENCRYPTION_KEY, or for the embedded default a key file
 * created beside the data on first start (PostgreSQL deployments must configure the key, see config).
 */
function encryptionKey(): Buffer {
  if (key) return key;
  const config = getConfig();
  if (config.ENCRYPTION_KEY) return (key = Buffer.from(config.ENCRYPTION_KEY, 'base64'));
  const file = path.join(config.dataDir, 'encryption.key');
  fs.mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  try {
    fs.writeFileSync(file, randomBytes(32).toString('base64'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return (key = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64'));
}

/** AES-256-GCM: "v1.<iv>.<tag>.<ciphertext>", all base64url. */
export function seal(plaintext: string, withKey = encryptionKey()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', withKey, iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), body].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.');
}

export function unseal(sealed: string, withKey = encryptionKey()): string {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error('Unknown sealed format');
  const decipher = createDecipheriv('aes-256-gcm', withKey, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}

/**
 * A delegate's management token: an HMAC of the registration id and version under a key derived
 * from the encryption key (256 bits). Recomputable, so a resubmission or a "you are already
 * registered" e-mail can give the same link, while the database stores only its SHA-256.
 */
export function managementToken(registrationId: string, version: number) {
  const tokenKey = Buffer.from(hkdfSync('sha256', encryptionKey(), '', 'management-token', 32));
  return createHmac('sha256', tokenKey).update(`${registrationId}:${version}`).digest('base64url');
}

/** The delegation head's page token: the same construction under its own derived key. */
export function delegationToken(delegationId: string, version: number) {
  const tokenKey = Buffer.from(hkdfSync('sha256', encryptionKey(), '', 'delegation-token', 32));
  return createHmac('sha256', tokenKey).update(`${delegationId}:${version}`).digest('base64url');
}

/** The one-click "stop announcements" token of a registration: `<id>.<HMAC>`, checked without a database row (#16). */
export function stopToken(registrationId: string) {
  const stopKey = Buffer.from(hkdfSync('sha256', encryptionKey(), '', 'announcement-stop', 32));
  return `${registrationId}.${createHmac('sha256', stopKey).update(registrationId).digest('base64url')}`;
}

/** The registration a stop token was made for, or null for anything forged or mangled. */
export function readStopToken(token: string): string | null {
  const id = token.split('.')[0] ?? '';
  if (!/^[0-9a-f-]{36}$/.test(id)) return null;
  const expected = Buffer.from(stopToken(id));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

// No 0/O, 1/I/L, so a reference can be read out on the phone.
const REFERENCE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** "K7QM-3XPA": 8 characters of an unambiguous alphabet (~40 bits). */
export function newReference() {
  const pick = () => REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  const chars = Array.from({ length: 8 }, pick).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4)}`;
}
