import 'server-only';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { type PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import subsetFont from 'subset-font';
import type { Locale } from '@/i18n/locales';

/**
 * Fonts for PDFs (letters, badges): Noto Sans CJK in its SC, JP and KR cuts, from OFL-licensed npm packages
 * (@embedpdf/fonts-sc|jp|kr), never from the machine. Each cut also holds Latin and Cyrillic.
 * They are subset with HarfBuzz (subset-font) to the characters the document draws and embedded whole:
 * fontkit's own CFF subsetter writes fonts that PDF readers reject.
 *
 * Use: `const fonts = await embedFonts(pdf, everyStringYouWillDraw)`, then `fonts.draw(page, text, …)`.
 */
export type Face = 'sc' | 'jp' | 'kr';
export type Weight = 'regular' | 'bold';

const FILES: Record<Face, { pkg: string; regular: string; bold: string }> = {
  sc: { pkg: '@embedpdf/fonts-sc', regular: 'NotoSansHans-Regular.otf', bold: 'NotoSansHans-Bold.otf' },
  jp: { pkg: '@embedpdf/fonts-jp', regular: 'NotoSansJP-Regular.otf', bold: 'NotoSansJP-Bold.otf' },
  kr: { pkg: '@embedpdf/fonts-kr', regular: 'NotoSansKR-Regular.otf', bold: 'NotoSansKR-Bold.otf' },
};

// Resolved from the project root: works the same under `next start`, tsx and Vitest.
const resolver = createRequire(path.join(process.cwd(), 'package.json'));
const cache = new Map<string, Promise<Buffer>>();

/** The whole font file of one face and weight (read once per process). */
function fontFile(face: Face, weight: Weight = 'regular'): Promise<Buffer> {
  const { pkg, [weight]: file } = FILES[face];
  const key = `${face}-${weight}`;
  if (!cache.has(key)) {
    // The packages export only their index (dist/); the fonts sit beside it in fonts/.
    const dir = path.resolve(path.dirname(resolver.resolve(pkg)), '..');
    cache.set(key, fs.readFile(path.join(dir, 'fonts', file)));
  }
  return cache.get(key)!;
}

const KANA = /[\u3040-\u30FF\u31F0-\u31FF\uFF66-\uFF9F]/u;
const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]/u;

/** Which cuts a document needs: SC always (Chinese, Latin, Cyrillic), JP for kana or Japanese text, KR for Hangul or Korean. */
export function facesFor(text: string, locales: readonly Locale[] = []): Face[] {
  return ['sc', ...(KANA.test(text) || locales.includes('ja') ? ['jp' as const] : []), ...(HANGUL.test(text) || locales.includes('ko') ? ['kr' as const] : [])];
}

interface DrawOptions {
  x: number;
  y: number;
  size: number;
  weight?: Weight;
  /** The language of the text: Han characters take that language's glyph forms (ja → JP, ko → KR, else SC). */
  locale?: Locale;
  color?: [number, number, number];
}

export interface PdfFonts {
  /** The text cut into runs, each drawn with a font that has its glyphs. */
  runs(text: string, weight?: Weight, locale?: Locale): { text: string; font: PDFFont }[];
  widthOf(text: string, size: number, weight?: Weight, locale?: Locale): number;
  /** Draws one line; returns its width. */
  draw(page: PDFPage, text: string, options: DrawOptions): number;
}

type Loaded = { face: Face; font: PDFFont; has: (cp: number) => boolean };

// Intl puts thin and no-break spaces in dates ("24 – 25"); the CJK cuts have no glyph for them.
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F]/g;
const normalizeSpaces = (text: string) => text.replace(SPACES, ' ');

/** Embeds the cuts `text` needs, subset to its characters, in both weights. */
export async function embedFonts(pdf: PDFDocument, text: string, locales: readonly Locale[] = []): Promise<PdfFonts> {
  pdf.registerFontkit(fontkit);
  const chars = [...new Set(normalizeSpaces(text) + ' ')].join('');
  const loaded: Record<Weight, Loaded[]> = { regular: [], bold: [] };
  for (const face of facesFor(text, locales)) {
    for (const weight of ['regular', 'bold'] as const) {
      const bytes = await subsetFont(await fontFile(face, weight), chars, { targetFormat: 'sfnt' });
      const parsed = fontkit.create(bytes);
      loaded[weight].push({ face, font: await pdf.embedFont(bytes, { subset: false }), has: (cp) => parsed.hasGlyphForCodePoint(cp) });
    }
  }
  const pick = (cp: number, weight: Weight, locale?: Locale) => {
    const list = loaded[weight];
    // Below the CJK blocks (Latin, Cyrillic, spaces) the SC cut's proportional glyphs; above, the language's own cut.
    const preferred: Face = cp < 0x2e80 ? 'sc' : locale === 'ja' ? 'jp' : locale === 'ko' ? 'kr' : 'sc';
    const ordered = [...list.filter((l) => l.face === preferred), ...list.filter((l) => l.face !== preferred)];
    return (ordered.find((l) => l.has(cp)) ?? ordered[0]!).font;
  };
  const runs: PdfFonts['runs'] = (value, weight = 'regular', locale) => {
    const out: { text: string; font: PDFFont }[] = [];
    for (const ch of normalizeSpaces(value)) {
      const font = pick(ch.codePointAt(0)!, weight, locale);
      const last = out.at(-1);
      if (last && last.font === font) last.text += ch;
      else out.push({ text: ch, font });
    }
    return out;
  };
  const widthOf: PdfFonts['widthOf'] = (value, size, weight, locale) =>
    runs(value, weight, locale).reduce((sum, r) => sum + r.font.widthOfTextAtSize(r.text, size), 0);
  const draw: PdfFonts['draw'] = (page, value, { x, y, size, weight, locale, color = [0, 0, 0] }) => {
    let at = x;
    for (const run of runs(value, weight, locale)) {
      page.drawText(run.text, { x: at, y, size, font: run.font, color: rgb(...color) });
      at += run.font.widthOfTextAtSize(run.text, size);
    }
    return at - x;
  };
  return { runs, widthOf, draw };
}
