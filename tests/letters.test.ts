import { eq } from 'drizzle-orm';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeLetter, letterPdf, requestLetterLater, revealLetterDetails } from '@/db/queries/letters';
import { letterForRegistration, listLetters, saveLetterSettings, verifyLetter } from '@/db/queries/letters-read';
import { purgePassportData } from '@/db/queries/privacy';
import { registerDelegate } from '@/db/queries/registrations';
import { auditEntries, events, invitationLetters, organizers, outboundEmails } from '@/db/schema';
import { letterActionAllowed, letterActions, mayRequestLetter, publicLetterState } from '@/lib/letter-state';
import { issueLetter } from '@/server/letters';
import { drivers, openTestDatabase, type TestDatabase } from './db-harness';
import { delegate, openEvent, parse } from './fixtures';

const visa = {
  visaRequested: true,
  passportNumber: 'TK1234567',
  nationality: 'JP',
  dateOfBirth: '1975-05-05',
  visaConsent: true,
  entryDate: '2027-06-01',
  exitDate: '2027-06-10',
  consulate: '在大阪中華人民共和国総領事館',
};
// A 1×1 PNG: the signature and the seal only need to be real images.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe('letter state rules', () => {
  it('issues only confirmed registrations and only from a request', () => {
    expect(letterActionAllowed('issue', 'requested', 'confirmed')).toBe(true);
    expect(letterActionAllowed('issue', 'requested', 'pending')).toBe(false);
    expect(letterActionAllowed('issue', 'issued', 'confirmed')).toBe(false);
    expect(letterActions('requested', 'pending')).toEqual(['refuse']);
    expect(letterActions('issued', 'confirmed')).toEqual(['regenerate', 'revoke']);
    expect(letterActions('revoked', 'confirmed')).toEqual([]);
    expect(letterActions('expired', 'confirmed')).toEqual([]);
  });
  it('lets a delegate ask again after a refusal, never over an issued letter', () => {
    expect(mayRequestLetter(null, 'pending')).toBe(true);
    expect(mayRequestLetter('refused', 'confirmed')).toBe(true);
    expect(mayRequestLetter('issued', 'confirmed')).toBe(false);
    expect(mayRequestLetter(null, 'cancelled')).toBe(false);
  });
  it('tells the public only valid, revoked or expired', () => {
    expect(publicLetterState('issued')).toBe('valid');
    expect(publicLetterState('revoked')).toBe('revoked');
    expect(publicLetterState('expired')).toBe('expired');
    expect(publicLetterState('requested')).toBeNull();
  });
});

describe.each(drivers)('visa letters [%s]', (driver) => {
  let t: TestDatabase;
  let actorId: string;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
    const [admin] = await t.db.insert(organizers).values({ email: 'a@example.org', name: 'Admin', passwordHash: 'x', role: 'admin' }).returning();
    actorId = admin!.id;
  });
  afterAll(() => t.close());

  async function requested(extra = {}) {
    const { id, slug } = await openEvent(t.db);
    const r = await registerDelegate(t.db, slug, 'ja', parse(delegate(1, { ...visa, latinFamilyName: 'Sato', latinGivenName: 'Hanako', ...extra })));
    if (r.kind !== 'registered') throw new Error('not registered');
    const letter = (await letterForRegistration(t.db, r.registrationId))!;
    return { eventId: id, registrationId: r.registrationId, letter };
  }

  it('a request from the form waits in the queue; issuing needs the signature and seal, then e-mails the PDF once', async () => {
    const { registrationId, letter, eventId } = await requested();
    expect(letter.status).toBe('requested');
    const queue = await listLetters(t.db, { eventId, status: 'requested', scope: null }, 'en');
    expect(queue.map((q) => q.id)).toEqual([letter.id]);
    expect(JSON.stringify(queue)).not.toContain('TK1234567');
    expect(await issueLetter(t.db, actorId, letter.id)).toBe('noSettings');
    await saveLetterSettings(t.db, actorId, { signatoryName: 'Wang Wei', signature: { data: PNG, type: 'image/png' }, seal: { data: PNG, type: 'image/png' } });
    expect(await issueLetter(t.db, actorId, letter.id)).toBe('ok');
    expect(await issueLetter(t.db, actorId, letter.id)).toBe('ok'); // the second is a regeneration: revision 2
    const mails = await t.db.select().from(outboundEmails).where(eq(outboundEmails.registrationId, registrationId));
    expect(mails.filter((m) => m.kind === 'visaLetter').map((m) => m.payload)).toEqual([
      { letterId: letter.id, revision: 1 },
      { letterId: letter.id, revision: 2 },
    ]);
    const pdf = (await letterPdf(t.db, letter.id, { actorId: null }))!;
    if (process.env.LETTER_PDF_OUT) (await import('node:fs')).writeFileSync(process.env.LETTER_PDF_OUT, pdf.bytes);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf.bytes)), { mergePages: true });
    for (const expected of ['签证邀请函', 'VISA INVITATION LETTER', 'ビザ招へい状', 'SATO HANAKO', 'TK1234567', letter.reference]) {
      expect(text).toContain(expected);
    }
    const actions = (await t.db.select({ action: auditEntries.action }).from(auditEntries).where(eq(auditEntries.entityId, registrationId))).map(
      (a) => a.action,
    );
    expect(actions).toEqual(expect.arrayContaining(['letter.request', 'letter.issue', 'letter.regenerate', 'letter.download']));
  });

  it('verification shows initials and nationality only; revoking makes it say revoked', async () => {
    const { letter } = await requested();
    expect(await issueLetter(t.db, actorId, letter.id)).toBe('ok');
    const [row] = await t.db.select().from(invitationLetters).where(eq(invitationLetters.id, letter.id));
    const shown = (await verifyLetter(t.db, row!.verificationCode, 'en'))!;
    expect(shown).toMatchObject({ status: 'issued', initials: 'H. S.', nationality: 'JP' });
    expect(JSON.stringify(shown)).not.toContain('TK1234567');
    expect(await closeLetter(t.db, actorId, letter.id, 'revoke', 'Registration withdrawn')).toEqual({ kind: 'ok' });
    expect((await verifyLetter(t.db, row!.verificationCode, 'en'))!.status).toBe('revoked');
    expect(await closeLetter(t.db, actorId, letter.id, 'revoke', 'again')).toEqual({ kind: 'not-allowed' });
    expect(await letterPdf(t.db, letter.id)).toBeNull();
  });

  it('a refused request can be corrected and asked again from the private page; reveals are audited', async () => {
    const { letter, registrationId } = await requested();
    expect(await closeLetter(t.db, actorId, letter.id, 'refuse', 'Passport number unreadable')).toEqual({ kind: 'ok' });
    expect((await letterForRegistration(t.db, registrationId))!).toMatchObject({ status: 'refused', reason: 'Passport number unreadable' });
    const again = await requestLetterLater(t.db, registrationId, {
      passportNumber: 'TK7654321',
      nationality: 'JP',
      dateOfBirth: '1975-05-05',
      entryDate: '2027-06-01',
      exitDate: '2027-06-09',
      consulate: 'Osaka',
    });
    expect(again.kind).toBe('ok');
    expect((await letterForRegistration(t.db, registrationId))!).toMatchObject({ status: 'requested', reason: null, reference: letter.reference });
    expect((await revealLetterDetails(t.db, actorId, letter.id))!.passportNumber).toBe('TK7654321');
    expect(await t.db.$count(auditEntries, eq(auditEntries.action, 'letter.reveal'))).toBeGreaterThan(0);
  });

  it("the retention purge removes letters' personal data; an issued letter then verifies as expired", async () => {
    const { letter, eventId } = await requested();
    expect(await issueLetter(t.db, actorId, letter.id)).toBe('ok');
    await t.db
      .update(events)
      .set({ startsAt: new Date(Date.now() - 40 * 86_400_000), endsAt: new Date(Date.now() - 31 * 86_400_000) })
      .where(eq(events.id, eventId));
    await purgePassportData(t.db, 30);
    const [row] = await t.db.select().from(invitationLetters).where(eq(invitationLetters.id, letter.id));
    expect(row).toMatchObject({ status: 'expired', detailsSealed: null, pdfSealed: null, holderInitials: null });
    expect((await verifyLetter(t.db, row!.verificationCode, 'zh'))!.status).toBe('expired');
    expect(await t.db.$count(auditEntries, eq(auditEntries.action, 'retention.purge-letters'))).toBe(1);
  });
});
