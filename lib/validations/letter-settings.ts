import { z } from 'zod';
import { optionalText } from './primitives';

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
// Printed on every letter: the shared free-text rule, and '' reads as "not set".
const text = (max: number) =>
  z.pipe(
    optionalText(max),
    z.transform((v) => v || undefined),
  );

/** The signatory printed on every letter, and the signature and seal images. */
export const letterSettingsSchema = z.object({
  signatoryName: text(100),
  signatoryTitleZh: text(100),
  signatoryTitleEn: text(200),
  signature: image.optional(),
  seal: image.optional(),
});
