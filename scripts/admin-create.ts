// `npm run admin:create -- --email you@example.org --name "Your Name" [--role admin|organizer|checkin]`
// Asks for the password on the terminal (or reads ADMIN_PASSWORD), so it never lands in shell history.
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { closeDatabase, getDb } from '@/db/client';
import { createOrganizer } from '@/db/queries/auth';
import { MIN_PASSWORD_LENGTH, ROLES } from '@/lib/domain';

// It creates the account itself: opening an empty database must not print a first administrator too.
process.env.FIRST_ADMIN = 'skip';
const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string', default: 'admin' } } });
const input = z
  .object({ email: z.email(), name: z.string().min(1).default('Administrator'), role: z.enum(ROLES) })
  .safeParse({ email: values.email, name: values.name, role: values.role });
if (!input.success) {
  console.error('Usage: npm run admin:create -- --email you@example.org [--name "Your Name"] [--role admin|organizer|checkin]');
  process.exit(2);
}
let password = process.env.ADMIN_PASSWORD ?? '';
if (!password) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  password = await rl.question(`Password (at least ${MIN_PASSWORD_LENGTH} characters): `);
  rl.close();
}
if (password.length < MIN_PASSWORD_LENGTH) {
  console.error(`The password must have at least ${MIN_PASSWORD_LENGTH} characters.`);
  process.exit(2);
}
const id = await createOrganizer(await getDb(), { ...input.data, password });
console.log(id ? `Created ${input.data.role} ${input.data.email}.` : `An account for ${input.data.email} already exists.`);
await closeDatabase();
