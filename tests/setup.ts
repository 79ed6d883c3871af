import { randomBytes } from 'node:crypto';

// Tests never touch a developer's data folder or key file.
process.env.ENCRYPTION_KEY ??= randomBytes(32).toString('base64');
process.env.DATA_DIR ??= 'var/test-data';
