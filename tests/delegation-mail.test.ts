import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerDelegation } from '@/db/queries/delegation-register';
import { loadMailContext } from '@/db/queries/mail';
import { outboundEmails, registrations } from '@/db/schema';
import { delegationSchema } from '@/lib/validations/delegation';
import { composeEmail } from '@/server/mail/compose';
import { drivers, openTestDatabase, type TestDatabase } from './db-harness';
import { delegate, openEvent, parse } from './fixtures';

describe.each(drivers)('delegation e-mails [%s]', (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(() => t.close());

  it('the head reads one summary in their language; each member their own confirmation, naming the head and the delegation', async () => {
    const { slug } = await openEvent(t.db, { capacity: 10, approval: true });
    const result = await registerDelegation(
      t.db,
      slug,
      'zh',
      parse(delegate(1, { familyName: '王', givenName: '晓明' })),
      delegationSchema.parse({
        name: '吉林省经贸代表团',
        organization: 'Jilin Chamber',
        country: 'CN',
        members: [
          { familyName: '佐藤', givenName: '花子', latinFamilyName: 'Sato', latinGivenName: 'Hanako', locale: 'ja', email: 'sato@example.org' },
          { familyName: 'Петрова', givenName: 'Анна', latinFamilyName: 'Petrova', latinGivenName: 'Anna', locale: 'ru' },
        ],
      }),
    );
    if (result.kind !== 'registered') throw new Error(result.kind);
    const rows = await t.db
      .select({ mail: outboundEmails })
      .from(outboundEmails)
      .innerJoin(registrations, eq(registrations.id, outboundEmails.registrationId))
      .where(eq(registrations.delegationId, result.delegationId));
    const composed = await Promise.all(
      rows.map(async ({ mail }) => ({ mail, out: await composeEmail(mail, (await loadMailContext(t.db, mail.registrationId!))!) })),
    );
    const summary = composed.find((c) => c.mail.kind === 'delegationSummary')!;
    expect(summary.out.subject).toContain('吉林省经贸代表团');
    expect(summary.out.text).toContain('佐藤花子');
    expect(summary.out.text).toContain('Петрова Анна');
    expect(summary.out.text).toContain('待组委会审核'); // pending, never "confirmed"
    expect(summary.out.text).not.toContain('已确认的');
    expect(summary.out.text).toMatch(/\/zh\/delegation\/[A-Za-z0-9_-]{43}/);
    const member = composed.find((c) => c.mail.kind === 'confirmation')!;
    expect(member.mail.toAddress).toBe('sato@example.org');
    expect(member.out.text).toContain('王晓明様より、代表団「吉林省经贸代表团」の団員として');
    expect(member.out.text).toMatch(/\/ja\/registration\/[A-Za-z0-9_-]{43}/);
    expect(composed).toHaveLength(2); // the member without an address gets nothing of their own
  });
});
