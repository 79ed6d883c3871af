import { getTranslations } from 'next-intl/server';
import type { listDelegations } from '@/db/queries/admin-delegations';
import type { Locale } from '@/i18n/locales';
import { Link } from '@/i18n/link';
import { htmlLang, localeNames } from '@/i18n/routing';
import { countryName } from '@/lib/countries';
import { fullName, passportName } from '@/lib/names';

type Delegation = Awaited<ReturnType<typeof listDelegations>>[number];

/** One delegation: its facts, and its members ticked for approval or check-in (untick the exceptions). */
export async function DelegationCard({
  delegation: d,
  locale,
  mayApprove,
  returnTo,
  attendeesHref,
  badgesHref,
}: {
  delegation: Delegation;
  locale: Locale;
  mayApprove: boolean;
  returnTo: string;
  attendeesHref: string;
  badgesHref?: string;
}) {
  const t = await getTranslations({ locale, namespace: 'AdminDelegations' });
  const s = await getTranslations({ locale, namespace: 'Admin.statuses' });
  const active = d.members.filter((m) => ['pending', 'confirmed', 'waitlisted'].includes(m.status));
  return (
    <section className="panel" id={`d-${d.id}`} aria-labelledby={`d-${d.id}-name`}>
      <h2 id={`d-${d.id}-name`}>{d.name}</h2>
      <dl className="facts">
        <dt>{t('organization')}</dt>
        <dd>{d.organization}</dd>
        <dt>{t('country')}</dt>
        <dd>{countryName(d.country, locale)}</dd>
        <dt>{t('head')}</dt>
        <dd>{d.headName}</dd>
        <dt>{t('size')}</dt>
        <dd>{t('sizeValue', { count: d.size })}</dd>
        <dt>{t('statuses')}</dt>
        <dd>{t('counts', { confirmed: d.confirmed, pending: d.pending, waitlisted: d.waitlisted, cancelled: d.cancelled, checkedIn: d.checkedIn })}</dd>
      </dl>
      <p className="actions">
        <Link href={attendeesHref}>{t('inAttendeeList')}</Link>
        {/* Badges are printed for confirmed members only. */}
        {badgesHref && d.confirmed > 0 && (
          <a href={badgesHref} target="_blank" rel="noopener">
            {t('badges')}
          </a>
        )}
      </p>
      {active.length > 0 && (
        <form method="post" action="/api/admin/delegations">
          <input type="hidden" name="delegationId" value={d.id} />
          <input type="hidden" name="returnTo" value={returnTo} />
          <div className="table-wrap">
            <table>
              <caption className="sr-only">{t('membersOf', { name: d.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">
                    <span className="sr-only">{t('tick')}</span>
                  </th>
                  <th scope="col">{t('member')}</th>
                  <th scope="col">{t('reference')}</th>
                  <th scope="col">{t('language')}</th>
                  <th scope="col">{t('status')}</th>
                  <th scope="col">{t('checkedIn')}</th>
                </tr>
              </thead>
              <tbody>
                {active.map((m) => (
                  <tr key={m.id}>
                    <td>
                      <input type="checkbox" name="ids" value={m.id} defaultChecked aria-label={t('tickOne', { name: fullName(m) })} />
                    </td>
                    <td>
                      <span lang={htmlLang[m.locale]}>{fullName(m)}</span>
                      {m.isHead && <> {t('headMark')}</>}
                      <br />
                      <span className="muted" lang="en">
                        {passportName(m)}
                      </span>
                    </td>
                    <td>
                      <Link href={`/admin/registrations/${m.id}`}>{m.reference}</Link>
                    </td>
                    <td lang={htmlLang[m.locale]}>{localeNames[m.locale]}</td>
                    <td>
                      <span className={`status-pill status-${m.status}`}>{s(m.status as 'confirmed')}</span>
                    </td>
                    <td>{m.checkedIn ? '✓' : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="hint">{t('tickHint')}</p>
          <p className="actions">
            {mayApprove && d.pending > 0 && (
              <button type="submit" name="action" value="approve" className="button">
                {t('approve')}
              </button>
            )}
            {d.confirmed > d.checkedIn && (
              <button type="submit" name="action" value="checkIn" className="button secondary">
                {t('checkIn')}
              </button>
            )}
          </p>
        </form>
      )}
    </section>
  );
}
