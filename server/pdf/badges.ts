import 'server-only';
import QRCode from 'qrcode';
import { PDFDocument, type PDFPage, rgb } from 'pdf-lib';
import type { Locale } from '@/i18n/locales';
import { embedFonts, type PdfFonts } from './fonts';

/** One badge: what is printed on it, already in the reader's words. */
export interface BadgeData {
  reference: string;
  /** The name in the delegate's own script and order. */
  name: string;
  /** The passport name in Latin letters, shown below when it differs. */
  latinName: string | null;
  organization: string;
  /** "KR · Republic of Korea" */
  country: string;
  /** The delegate type's label and colour band. */
  type: string;
  typeKey: string;
  locale: Locale;
}

export type BadgeLayout = 'a6' | 'a4x8';

const MM = 72 / 25.4;
const A6 = { w: 105 * MM, h: 148 * MM };
const A4 = { w: 210 * MM, h: 297 * MM };
// Colour per delegate type, the same on every badge of the council (hue apart, readable in greyscale as bands of different weight).
const COLOURS: Record<string, [number, number, number]> = {
  government: [0.72, 0.11, 0.11],
  enterprise: [0.04, 0.31, 0.42],
  association: [0.13, 0.47, 0.2],
  media: [0.85, 0.5, 0.05],
  other: [0.4, 0.4, 0.45],
};

/** Name badges as a PDF: A6 one per page, or eight per A4 sheet (2 × 4, A7-sized) with cut marks. */
export async function renderBadges(badges: BadgeData[], layout: BadgeLayout, title: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(title);
  pdf.setCreator('CCPIT Jilin events portal');
  const text = badges.map((b) => [b.name, b.latinName ?? '', b.organization, b.country, b.type, b.reference].join('\n')).join('\n');
  const fonts = await embedFonts(pdf, text, [...new Set(badges.map((b) => b.locale))]);
  const qrs = await Promise.all(badges.map(async (b) => pdf.embedPng(await QRCode.toBuffer(b.reference, { scale: 6, margin: 1 }))));
  if (layout === 'a6') {
    badges.forEach((b, i) => drawBadge(pdf.addPage([A6.w, A6.h]), fonts, b, qrs[i]!, 0, 0, A6.w, A6.h));
  } else {
    const w = A4.w / 2;
    const h = A4.h / 4;
    for (let start = 0; start < badges.length; start += 8) {
      const page = pdf.addPage([A4.w, A4.h]);
      badges.slice(start, start + 8).forEach((b, k) => {
        const col = k % 2;
        const row = Math.floor(k / 2);
        drawBadge(page, fonts, b, qrs[start + k]!, col * w, A4.h - (row + 1) * h, w, h);
      });
      cutMarks(page, w, h);
    }
  }
  return pdf.save();
}

/** Short marks in the margins where the guillotine goes, so the cut lines do not print on the badges. */
function cutMarks(page: PDFPage, w: number, h: number) {
  const mark = 5 * MM;
  const grey = rgb(0.5, 0.5, 0.5);
  for (let c = 0; c <= 2; c++) {
    page.drawLine({ start: { x: c * w, y: 0 }, end: { x: c * w, y: mark }, thickness: 0.5, color: grey });
    page.drawLine({ start: { x: c * w, y: A4.h - mark }, end: { x: c * w, y: A4.h }, thickness: 0.5, color: grey });
  }
  for (let r = 0; r <= 4; r++) {
    page.drawLine({ start: { x: 0, y: r * h }, end: { x: mark, y: r * h }, thickness: 0.5, color: grey });
    page.drawLine({ start: { x: A4.w - mark, y: r * h }, end: { x: A4.w, y: r * h }, thickness: 0.5, color: grey });
    // Where four badges meet, a small cross.
    if (r > 0 && r < 4) {
      page.drawLine({ start: { x: w - mark / 2, y: r * h }, end: { x: w + mark / 2, y: r * h }, thickness: 0.5, color: grey });
      page.drawLine({ start: { x: w, y: r * h - mark / 2 }, end: { x: w, y: r * h + mark / 2 }, thickness: 0.5, color: grey });
    }
  }
}

/** The largest size up to `max` at which the text fits the width. */
const fit = (fonts: PdfFonts, value: string, width: number, max: number, min: number, locale?: Locale) => {
  let size = max;
  while (size > min && fonts.widthOf(value, size, 'bold', locale) > width) size -= 1;
  return size;
};

function drawBadge(page: PDFPage, fonts: PdfFonts, b: BadgeData, qr: Awaited<ReturnType<PDFDocument['embedPng']>>, x: number, y: number, w: number, h: number) {
  const pad = Math.min(w, h) * 0.07;
  const band = h * 0.12;
  const colour = COLOURS[b.typeKey] ?? COLOURS.other!;
  page.drawRectangle({ x, y: y + h - band, width: w, height: band, color: rgb(...colour) });
  const typeSize = fit(fonts, b.type, w - 2 * pad, band * 0.45, 6, b.locale);
  fonts.draw(page, b.type, { x: x + pad, y: y + h - band + (band - typeSize) / 2, size: typeSize, weight: 'bold', color: [1, 1, 1], locale: b.locale });

  const inner = w - 2 * pad;
  let cursor = y + h - band - pad;
  const nameSize = fit(fonts, b.name, inner, h * 0.14, 10, b.locale);
  cursor -= nameSize;
  fonts.draw(page, b.name, { x: x + pad, y: cursor, size: nameSize, weight: 'bold', locale: b.locale });
  if (b.latinName) {
    const size = fit(fonts, b.latinName, inner, h * 0.06, 7);
    cursor -= size * 1.5;
    fonts.draw(page, b.latinName, { x: x + pad, y: cursor, size });
  }
  const orgSize = fit(fonts, b.organization, inner, h * 0.05, 6, b.locale);
  cursor -= orgSize * 1.8;
  fonts.draw(page, b.organization, { x: x + pad, y: cursor, size: orgSize, locale: b.locale });
  const countrySize = fit(fonts, b.country, inner * 0.6, h * 0.045, 6);
  fonts.draw(page, b.country, { x: x + pad, y: y + pad, size: countrySize, weight: 'bold' });
  const side = Math.min(h * 0.3, w * 0.3);
  page.drawImage(qr, { x: x + w - pad - side, y: y + pad, width: side, height: side });
  fonts.draw(page, b.reference, { x: x + pad, y: y + pad + countrySize * 1.6, size: Math.max(6, countrySize * 0.8), color: [0.3, 0.3, 0.3] });
}
