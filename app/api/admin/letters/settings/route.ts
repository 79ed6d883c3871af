import { saveLetterSettings } from '@/db/queries/letters-read';
import { letterSettingsSchema } from '@/lib/validations/letter-settings';
import { adminRoute } from '@/server/auth/admin-route';

/** The signature and seal printed on every letter: administrators only, audited. */
export const POST = adminRoute(
  'manageAccounts',
  letterSettingsSchema,
  async ({ db, organizer, data }) => {
    await saveLetterSettings(db, organizer.id, {
      signatoryName: data.signatoryName,
      signatoryTitle: { zh: data.signatoryTitleZh, en: data.signatoryTitleEn },
      signature: data.signature,
      seal: data.seal,
    });
    return { body: { ok: true } };
  },
  { maxBytes: 3 * 1024 * 1024 },
);
