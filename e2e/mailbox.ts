import fs from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import { type ParsedMail, simpleParser } from 'mailparser';
import { DATA_DIR } from '../playwright.config';
import { escapeRegExp, messages } from './messages';

/** The server's mail folder (no SMTP_URL in the tests): each message a file, as a delegate would receive it. */
const MAIL_DIR = path.join(DATA_DIR, 'mail');

const parsed = new Map<string, ParsedMail>();

/** Every message sent to `address` so far, oldest first. */
export async function mailsTo(address: string): Promise<ParsedMail[]> {
  if (!fs.existsSync(MAIL_DIR)) return [];
  const needle = address.toLowerCase();
  const out: ParsedMail[] = [];
  for (const name of fs.readdirSync(MAIL_DIR).sort()) {
    const file = path.join(MAIL_DIR, name);
    let mail = parsed.get(file);
    if (!mail) {
      const raw = fs.readFileSync(file);
      if (!raw.toString('latin1').toLowerCase().includes(needle)) continue;
      mail = await simpleParser(raw);
      parsed.set(file, mail);
    }
    const to = [mail.to]
      .flat()
      .flatMap((t) => t?.value ?? [])
      .map((a) => a.address?.toLowerCase());
    if (to.includes(needle)) out.push(mail);
  }
  return out;
}

/** Waits for the `count`-th message to `address` (the worker delivers in the background) and returns them all. */
export async function waitForMails(address: string, count = 1) {
  await expect.poll(async () => (await mailsTo(address)).length, { timeout: 60_000, message: `mail to ${address}` }).toBeGreaterThanOrEqual(count);
  return mailsTo(address);
}

const REFERENCE = /[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}/;
const subjectPattern = (template: string) => new RegExp(`^${escapeRegExp(template).replace(/\\\{(title|reference)\\\}/g, '.*')}$`);

/** What the confirmation e-mail tells the delegate: reference, status and private link (never shown on screen, finding 11). */
export function readConfirmation(mail: ParsedMail, locale: keyof typeof messages) {
  const subject = mail.subject ?? '';
  const subjects = messages[locale].Email.subjects;
  const status = (['confirmed', 'pending', 'waitlisted'] as const).find((s) => subjectPattern(subjects[s]).test(subject));
  const link = `${mail.text ?? ''} ${mail.html || ''}`.match(/https?:\/\/[^\s"<>]+?(\/[a-z]{2}\/registration\/[A-Za-z0-9_-]{43})/);
  return { reference: subject.match(REFERENCE)?.[0] ?? '', status: status ?? 'unknown', manageUrl: link?.[1] ?? '' };
}

/** Waits for the first e-mail to a freshly registered address and reads it. */
export async function confirmationFor(address: string, locale: keyof typeof messages) {
  const [first] = await waitForMails(address);
  return readConfirmation(first!, locale);
}

/** Every message the server's file transport wrote (no SMTP_URL): what each recipient would receive. */
export async function readMailFolder(dataDir: string): Promise<ParsedMail[]> {
  const folder = path.join(dataDir, 'mail');
  if (!fs.existsSync(folder)) return [];
  return Promise.all(
    fs
      .readdirSync(folder)
      .filter((f) => f.endsWith('.eml'))
      .map((f) => simpleParser(fs.readFileSync(path.join(folder, f)))),
  );
}

export const recipient = (mail: ParsedMail) => (mail.to && 'text' in mail.to ? mail.to.text : '');
