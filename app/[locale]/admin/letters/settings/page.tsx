import { getTranslations } from 'next-intl/server';
import { LetterSettingsForm } from '@/components/letters/letter-settings-form';
import { getDb } from '@/db/client';
import { loadLetterSettings } from '@/db/queries/letters-read';
import { Link } from '@/i18n/link';
import { adminPage } from '@/server/auth/session';

export const dynamic = 'force-dynamic';

/** The signature, seal and signatory printed on every letter: set once by an administrator. */
export default async function LetterSettingsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await adminPage(params, 'manageAccounts');
  const settings = await loadLetterSettings(await getDb());
  const t = await getTranslations({ locale, namespace: 'VisaLetter.admin' });
  return (
    <section>
      <p>
        <Link href="/admin/letters">← {t('title')}</Link>
      </p>
      <h1>{t('settings.title')}</h1>
      <p className="hint">{t('settings.hint')}</p>
      <LetterSettingsForm
        initial={{
          signatoryName: settings?.signatoryName ?? '',
          signatoryTitleZh: settings?.signatoryTitle?.zh ?? '',
          signatoryTitleEn: settings?.signatoryTitle?.en ?? '',
          signature: Boolean(settings?.signatureImage),
          seal: Boolean(settings?.sealImage),
        }}
        labels={{
          signatoryName: t('settings.signatoryName'),
          signatoryTitleZh: t('settings.signatoryTitleZh'),
          signatoryTitleEn: t('settings.signatoryTitleEn'),
          signature: t('settings.signature'),
          seal: t('settings.seal'),
          current: t('settings.current'),
          missing: t('settings.missing'),
          save: t('settings.save'),
          saved: t('results.ok'),
          failed: t('results.invalid'),
        }}
      />
    </section>
  );
}
