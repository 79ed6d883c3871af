import fs from 'node:fs';
import path from 'node:path';
import { type ParsedMail, simpleParser } from 'mailparser';

/** Every message the server's file transport wrote (no SMTP_URL): what each recipient would receive. */
export async function readMailFolder(dataDir: string): Promise<ParsedMail[]> {
  const folder = path.join(dataDir, 'mail');
  if (!fs.existsSync(folder)) return [];
  return Promise.all(fs.readdirSync(folder).filter((f) => f.endsWith('.eml')).map((f) => simpleParser(fs.readFileSync(path.join(folder, f)))));
}

export const recipient = (mail: ParsedMail) => (mail.to && 'text' in mail.to ? mail.to.text : '');
