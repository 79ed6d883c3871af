import { z } from 'zod';
import { saveLetterSettings } from '@/db/queries/letters-read';
import { adminRoute } from '@/server/auth/admin-route';

const MAX_IMAGE = 1024 * 1024;
// Base64 of a PNG or JPEG of at most 1 MB, checked by its first bytes, not by what the browser called it.
const image = z
  .object({
    data: z
      .string()
      .max(Math.ceil((MAX_IMAGE * 4) / 3) + 4)
      .regex(/^[A-Za-z0-9+/]+=*$/),
    type: z.enum(['image/png', 'image/jpeg']),
  })
  .refine(
    (i) => {
      const head = Buffer.from(i.data.slice(0, 16), 'base64');
      return i.type === 'image/png' ? head.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47])) : head[0] === 0xff && head[1] === 0xd8;
    },
    { error: 'invalid' },
  );
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || undefined);

const schema = z.object({
  signatoryName: text(100),
  signatoryTitleZh: text(100),
  signatoryTitleEn: text(200),
  signature: image.optional(),
  seal: image.optional(),
});

/** The signature and seal printed on every letter: administrators only, audited. */
export const POST = adminRoute(
  'manageAccounts',
  schema,
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
