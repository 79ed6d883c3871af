import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

// Tests never touch a developer's data folder or key file: each test file that reaches the embedded
// database without the harness (tests/db-harness.ts) gets a fresh, empty folder, removed afterwards.
process.env.ENCRYPTION_KEY ??= randomBytes(32).toString('base64');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-test-'));
process.env.DATA_DIR = dataDir;
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));
