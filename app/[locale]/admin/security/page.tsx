import { getTranslations } from 'next-intl/server';
import QRCode from 'qrcode';
import { getDb } from '@/db/client';
import { secondFactorStatus } from '@/db/queries/second-factor';
import { roleAllows } from '@/lib/permissions';
import { adminPage } from '@/server/auth/session';
import { htmlLang } from '@/i18n/routing';
import { pageLocale } from '@/i18n/page-locale';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ result?: string }> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: 'Admin.security' });
  return { title: t('title') };
}

const RESULTS = ['on', 'off', 'code', 'invalid', 'locked'] as const;

/** Every account's own page for two-step sign-in (TOTP, any authenticator app). */
export default async function SecurityPage({ params, searchParams }: Props) {
  const { locale, organizer } = await adminPage(params, 'ownAccount');
  const t = await getTranslations({ locale, namespace: 'Admin.security' });
  const accounts = await getTranslations({ locale, namespace: 'Admin.accounts' });
  const db = await getDb();
  const { enabledAt, pending } = await secondFactorStatus(db, organizer.id);
  // Only while a set-up waits for its first code, and only when two-step sign-in is still off.
  const qr = !enabledAt && pending ? await QRCode.toDataURL(pending.uri, { margin: 1, width: 200 }) : null;
  const asked = (await searchParams).result;
  const result = RESULTS.find((r) => r === asked);
  const here = `/${locale}/admin/security`;
  /** One form per step; the code field only where a code proves the phone is at hand. */
  const stepForm = (action: 'start' | 'confirm' | 'disable', label: string, primary: boolean) => (
    <form method="post" action="/api/admin/second-factor" className="registration-form">
      <input type="hidden" name="action" value={action} />
      <input type="hidden" name="returnTo" value={here} />
      {action !== 'start' && (
        <div className="field">
          <label htmlFor={`${action}-code`}>{t('code')}</label>
          <input id={`${action}-code`} name="code" inputMode="numeric" autoComplete="one-time-code" pattern="[0-9 ]{6,7}" maxLength={7} required />
        </div>
      )}
      <button type="submit" className={primary ? 'button' : 'button secondary'}>
        {label}
      </button>
    </form>
  );
  return (
    <section className="sign-in">
      <h1>{t('title')}</h1>
      {result && (
        <p
          role={result === 'code' || result === 'invalid' || result === 'locked' ? 'alert' : 'status'}
          className={`banner ${result === 'code' || result === 'invalid' || result === 'locked' ? 'banner-error' : 'banner-success'}`}
        >
          {t(`results.${result}`)}
        </p>
      )}
      {organizer.needsSecondFactor && roleAllows(organizer.role, 'revealPassport') && (
        <p className="banner banner-info">{t(enabledAt ? 'requiredSignInAgain' : 'requiredSetUp')}</p>
      )}
      {/* Where a change to accounts or security settings was refused for want of a code (adminRoute sends it here). */}
      {organizer.needsStepUp && roleAllows(organizer.role, 'manageSecurity') && <p className="banner banner-info">{accounts('stepUp')}</p>}
      <p>{t('intro')}</p>
      {enabledAt ? (
        <>
          <p>
            <strong>{t('isOn', { since: new Intl.DateTimeFormat(htmlLang[locale], { dateStyle: 'long' }).format(enabledAt) })}</strong>
          </p>
          {stepForm('disable', t('turnOff'), false)}
        </>
      ) : pending && qr ? (
        <>
          <ol>
            <li>{t('stepScan')}</li>
            <li>{t('stepCode')}</li>
          </ol>
          {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made on the server, nothing to optimise */}
          <img src={qr} width={200} height={200} alt={t('qrAlt')} />
          <p>
            {t('manualKey')} <code className="secret-key">{pending.key}</code>
          </p>
          {stepForm('confirm', t('confirm'), true)}
        </>
      ) : (
        <>
          <p>{t('isOff')}</p>
          {stepForm('start', t('setUp'), true)}
        </>
      )}
    </section>
  );
}
