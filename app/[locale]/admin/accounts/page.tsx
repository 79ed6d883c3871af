import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { accountList, activeSessions } from '@/db/queries/accounts';
import { ROLES } from '@/lib/domain';
import { adminPage } from '@/server/auth/session';
import { passportsNeedSecondFactor } from '@/db/queries/second-factor';
import { NewAccountForm } from '@/components/admin/new-account-form';
import { ResetPassword } from '@/components/admin/reset-password';
import { formatStamp } from '@/lib/format';
import { CoHostEvents } from '@/components/admin/co-host-events';
import { adminEventList } from '@/db/queries/admin-events';
import { allCoHostEvents } from '@/db/queries/co-hosts';
import { htmlLang } from '@/i18n/routing';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ result?: string }> };

export default async function AccountsPage({ params, searchParams }: Props) {
  const { locale, organizer: me } = await adminPage(params, 'manageAccounts');
  const t = await getTranslations({ locale, namespace: 'Admin.accounts' });
  const roles = await getTranslations({ locale, namespace: 'Admin.nav.roles' });
  const messages = (await getMessages()) as { Admin: { accounts: Record<string, unknown> } };
  const db = await getDb();
  const accounts = await accountList(db);
  const sessions = await activeSessions(db);
  const required = await passportsNeedSecondFactor(db);
  const [eventList, assigned] = await Promise.all([adminEventList(db, locale), allCoHostEvents(db)]);
  const c = await getTranslations({ locale, namespace: 'CoHost' });
  const here = `/${locale}/admin/accounts`;
  // Same clock and zone as the e-mail and audit logs (Beijing time), not the server's zone.
  const when = { format: (d: Date) => formatStamp(d, locale) };
  const result = (await searchParams).result;
  // Without the step-up every change here would be refused: the buttons say so by being off.
  const locked = me.needsStepUp;
  const hidden = (fields: Record<string, string>) => (
    <>
      {Object.entries({ ...fields, returnTo: here }).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
  return (
    <section>
      <h1>{t('title')}</h1>
      {me.needsStepUp && <p className="banner banner-info">{t('stepUp')}</p>}
      {result === 'refused' && (
        <p role="alert" className="banner banner-error">
          {t('refused')}
        </p>
      )}
      {result === 'done' && (
        <p role="status" className="banner banner-success">
          {t('done')}
        </p>
      )}
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('email')}</th>
              <th scope="col">{t('role')}</th>
              <th scope="col">{t('secondFactor')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('passwordColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((a) => (
              <tr key={a.id}>
                <td>{a.name}</td>
                <td className="email">{a.email}</td>
                <td>
                  {a.id === me.id ? (
                    roles(a.role)
                  ) : (
                    <form method="post" action="/api/admin/accounts/manage" className="inline-form">
                      {hidden({ action: 'role', id: a.id })}
                      <select name="role" defaultValue={a.role} aria-label={t('roleFor', { name: a.name })}>
                        {ROLES.map((r) => (
                          <option key={r} value={r}>
                            {roles(r)}
                          </option>
                        ))}
                      </select>{' '}
                      <button type="submit" disabled={locked} className="button secondary small" aria-label={t('changeRoleFor', { name: a.name })}>
                        {t('changeRole')}
                      </button>
                    </form>
                  )}
                </td>
                <td>
                  {a.secondFactorSince ? (
                    <form method="post" action="/api/admin/accounts/second-factor" className="inline-form">
                      {t('secondFactorOn')} {hidden({ action: 'reset', id: a.id })}
                      <button type="submit" disabled={locked} className="button secondary small" aria-label={t('resetFor', { name: a.name })}>
                        {t('reset')}
                      </button>
                    </form>
                  ) : (
                    t('secondFactorOff')
                  )}
                </td>
                <td>
                  {a.id === me.id ? (
                    t('active')
                  ) : (
                    <form method="post" action="/api/admin/accounts/manage" className="inline-form">
                      {a.disabledAt ? t('disabled') : t('active')} {hidden({ action: a.disabledAt ? 'enable' : 'disable', id: a.id })}
                      <button
                        type="submit"
                        disabled={locked}
                        className="button secondary small"
                        aria-label={t(a.disabledAt ? 'enableFor' : 'disableFor', { name: a.name })}
                      >
                        {t(a.disabledAt ? 'enable' : 'disable')}
                      </button>
                    </form>
                  )}
                </td>
                <td>
                  {a.id === me.id ? null : (
                    <ResetPassword
                      id={a.id}
                      disabled={locked}
                      labels={{
                        reset: t('resetPassword'),
                        resetFor: t('resetPasswordFor', { name: a.name }),
                        shown: t('passwordShown', { name: a.name }),
                        failed: t('refused'),
                      }}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t('sessionsTitle')}</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('sessionStarted')}</th>
              <th scope="col">{t('sessionLastSeen')}</th>
              <th scope="col">{t('sessionCode')}</th>
              <th scope="col">
                <span className="sr-only">{t('endSession')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => (
              <tr key={s.id}>
                <td>
                  {s.name} ({s.email})
                </td>
                <td>{when.format(s.createdAt)}</td>
                <td>{when.format(s.lastSeenAt)}</td>
                <td>{s.secondFactor ? t('secondFactorOn') : t('secondFactorOff')}</td>
                <td>
                  <form method="post" action="/api/admin/accounts/manage" className="inline-form">
                    {hidden({ action: 'endSession', session: s.id })}
                    <button type="submit" disabled={locked} className="button secondary small" aria-label={t('endSessionOf', { name: s.name })}>
                      {t('endSession')}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <CoHostEvents
        accounts={accounts.filter((a) => a.role === 'cohost')}
        assigned={assigned}
        returnTo={here}
        disabled={locked}
        events={eventList.map((e) => ({ id: e.id, title: e.title, lang: e.titleLang !== locale ? htmlLang[e.titleLang] : undefined }))}
        labels={{
          title: c('title'),
          hint: c('hint'),
          none: c('none'),
          eventsOf: (name) => c('eventsOf', { name }),
          save: c('save'),
          saveFor: (name) => c('saveFor', { name }),
        }}
      />
      <h2>{t('passportTitle')}</h2>
      <form method="post" action="/api/admin/accounts/second-factor">
        <input type="hidden" name="action" value="require" />
        <input type="hidden" name="returnTo" value={here} />
        <label className="choice">
          <input type="checkbox" name="required" defaultChecked={required} />
          <span>{t('requireSecondFactor')}</span>
        </label>
        <p className="hint">{t('requireSecondFactorHint')}</p>
        <button type="submit" disabled={locked} className="button secondary">
          {t('save')}
        </button>
      </form>
      <h2>{t('create')}</h2>
      <NextIntlClientProvider messages={{ Admin: { accounts: messages.Admin.accounts } }}>
        <NewAccountForm roles={ROLES.map((r) => ({ value: r, label: roles(r) }))} disabled={locked} />
      </NextIntlClientProvider>
    </section>
  );
}
