import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

const installed = (name: string) => JSON.parse(fs.readFileSync(`node_modules/${name}/package.json`, 'utf8')).version as string;

const atLeast = (version: string, floor: string) => {
  const a = version.split(/[.-]/).map(Number);
  const b = floor.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return true;
};

// Releases that fixed known advisories; the lock file must never fall below them.
const floors = { next: '16.2.6', 'next-intl': '4.9.2', nodemailer: '9.1.0', 'drizzle-orm': '0.45.2' };

describe('dependency floors', () => {
  it.each(Object.entries(floors))('%s is at or above %s', (name, floor) => {
    expect(atLeast(installed(name), floor), `${name}@${installed(name)}`).toBe(true);
  });
});
