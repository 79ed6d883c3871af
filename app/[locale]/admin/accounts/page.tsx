import { asc } from 'drizzle-orm';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getDb } from '@/db/client';
import { type Locale, organizers, ROLES } from '@/db/schema';
import { requirePage } from '@/lib/auth/session';
import { passportsNeedSecondFactor } from '@/db/queries/second-factor';

export const dynamic = 'force-dynamic';

export default async function AccountsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  await requirePage(locale, 'manageAccounts');
  const t = await getTranslations({ locale, namespace: 'Admin.accounts' });
  const roles = await getTranslations({ locale, namespace: 'Admin.nav.roles' });
  const db = await getDb();
  const accounts = await db.select({ id: organizers.id, email: organizers.email, name: organizers.name, role: organizers.role, secondFactorSince: organizers.totpEnabledAt })
    .from(organizers).orderBy(asc(organizers.email));
  const required = await passportsNeedSecondFactor(db);
  const here = `/${locale}/admin/accounts`;
  return (
    <section>
      <h1>{t('title')}</h1>
      <div className="table-wrap"><table>
        <thead><tr><th scope="col">{t('name')}</th><th scope="col">{t('email')}</th><th scope="col">{t('role')}</th><th scope="col">{t('secondFactor')}</th></tr></thead>
        <tbody>{accounts.map((a) => (
          <tr key={a.id}>
            <td>{a.name}</td><td>{a.email}</td><td>{roles(a.role)}</td>
            <td>{a.secondFactorSince ? (
              <form method="post" action="/api/admin/accounts/second-factor" className="inline-form">
                {t('secondFactorOn')}{' '}
                <input type="hidden" name="action" value="reset" /><input type="hidden" name="id" value={a.id} /><input type="hidden" name="returnTo" value={here} />
                <button type="submit" className="button secondary small" aria-label={t('resetFor', { name: a.name })}>{t('reset')}</button>
              </form>
            ) : t('secondFactorOff')}</td>
          </tr>
        ))}</tbody>
      </table></div>
      <h2>{t('passportTitle')}</h2>
      <form method="post" action="/api/admin/accounts/second-factor">
        <input type="hidden" name="action" value="require" />
        <input type="hidden" name="returnTo" value={here} />
        <label className="choice"><input type="checkbox" name="required" defaultChecked={required} /><span>{t('requireSecondFactor')}</span></label>
        <p className="hint">{t('requireSecondFactorHint')}</p>
        <button type="submit" className="button secondary">{t('save')}</button>
      </form>
      <h2>{t('create')}</h2>
      <form method="post" action="/api/admin/accounts" className="registration-form">
        <input type="hidden" name="returnTo" value={here} />
        <div className="field-row">
          <div className="field"><label htmlFor="acc-name">{t('name')}</label><input id="acc-name" name="name" required maxLength={100} /></div>
          <div className="field"><label htmlFor="acc-email">{t('email')}</label><input id="acc-email" name="email" type="email" required /></div>
        </div>
        <div className="field-row">
          <div className="field"><label htmlFor="acc-role">{t('role')}</label>
            <select id="acc-role" name="role">{ROLES.map((r) => <option key={r} value={r}>{roles(r)}</option>)}</select></div>
          <div className="field"><label htmlFor="acc-password">{t('password')}</label><input id="acc-password" name="password" type="password" minLength={12} required autoComplete="new-password" /></div>
        </div>
        <button type="submit" className="button">{t('submit')}</button>
      </form>
    </section>
  );
}
