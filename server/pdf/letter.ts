import 'server-only';
import { PDFDocument, type PDFImage, type PDFPage, rgb } from 'pdf-lib';
import QRCode from 'qrcode';
import type { LetterContext } from '@/db/queries/letters-read';
import type { letterSettings } from '@/db/schema';
import type { Locale } from '@/i18n/locales';
import type { VisaDetails } from '@/lib/validations/visa';
import { embedFonts, type PdfFonts, type Weight } from './fonts';
import { letterFrame, letterSection, type LetterSection } from './letter-text';
import { wrapText } from './text-wrap';

export interface LetterInput {
  context: LetterContext;
  details: VisaDetails;
  reference: string;
  revision: number;
  issuedAt: Date;
  verifyUrl: string;
  settings: typeof letterSettings.$inferSelect | null;
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const FOOTER = 110;
const WIDTH = A4[0] - 2 * MARGIN;
const GREY: [number, number, number] = [0.35, 0.38, 0.42];

/** The letters' languages: Chinese and English always (what consulates read), then the holder's own if it is neither. */
const letterLocales = (holder: Locale): Locale[] => (holder === 'zh' || holder === 'en' ? ['zh', 'en'] : ['zh', 'en', holder]);

/** Renders the invitation letter: letterhead, date and reference, one section per language, signature and seal, QR on every page. */
export async function renderLetter(input: LetterInput): Promise<Uint8Array> {
  const locales = letterLocales(input.context.registration.locale);
  const sections = locales.map((l, i) => letterSection(l, input.context, input.details, i < 2));
  const zh = letterFrame('zh');
  const en = letterFrame('en');
  const s = input.settings;
  const signatory = [s?.signatoryTitle?.zh, s?.signatoryTitle?.en, s?.signatoryName].filter((v): v is string => Boolean(v));
  const refLine = `${zh.referenceLabel} ${en.referenceLabel}: ${input.reference}${input.revision > 1 ? ` · ${zh.revision(input.revision)} ${en.revision(input.revision)}` : ''}`;
  const dateLine = `${zh.dateLabel} ${en.dateLabel}: ${zh.date(input.issuedAt)} / ${en.date(input.issuedAt)}`;
  const footer = [zh.verify(input.verifyUrl), en.verify(input.verifyUrl)];
  const strings = [
    zh.council,
    en.council,
    zh.place,
    en.place,
    zh.title,
    en.title.toUpperCase(),
    refLine,
    dateLine,
    zh.seal,
    ...footer,
    ...signatory,
    '0123456789/',
    ...sections.flatMap((x) => [x.heading, x.to, x.intro, x.note ?? '', ...x.facts.flat(), ...x.paragraphs]),
  ];

  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setTitle(`${zh.title} ${en.title} ${input.reference}`);
  pdf.setCreator(en.council);
  pdf.setProducer('pdf-lib');
  pdf.setCreationDate(input.issuedAt);
  pdf.setModificationDate(input.issuedAt);
  const fonts = await embedFonts(pdf, strings.join(''), locales);
  const qr = await pdf.embedPng(await QRCode.toBuffer(input.verifyUrl, { margin: 1, scale: 6, errorCorrectionLevel: 'M' }));
  const image = async (data?: string | null, type?: string | null) =>
    data ? (type === 'image/jpeg' ? pdf.embedJpg(Buffer.from(data, 'base64')) : pdf.embedPng(Buffer.from(data, 'base64'))) : null;
  const signature = await image(s?.signatureImage, s?.signatureType);
  const seal = await image(s?.sealImage, s?.sealType);

  const pages: PDFPage[] = [];
  let page!: PDFPage;
  let y = 0;
  const newPage = () => {
    page = pdf.addPage(A4);
    pages.push(page);
    y = A4[1] - MARGIN;
  };
  const line = (
    text: string,
    size: number,
    opts: { weight?: Weight; locale?: Locale; color?: [number, number, number]; align?: 'left' | 'center' | 'right'; x?: number; width?: number } = {},
  ) => {
    const x0 = opts.x ?? MARGIN;
    const width = opts.width ?? WIDTH;
    for (const part of wrapText(fonts, text, size, width, opts.weight, opts.locale)) {
      if (y - size < FOOTER) newPage();
      const w = fonts.widthOf(part, size, opts.weight, opts.locale);
      const x = opts.align === 'center' ? x0 + (width - w) / 2 : opts.align === 'right' ? x0 + width - w : x0;
      fonts.draw(page, part, { x, y: y - size, size, weight: opts.weight, locale: opts.locale, color: opts.color });
      y -= size * 1.45;
    }
  };

  newPage();
  line(zh.council, 16, { weight: 'bold', align: 'center', locale: 'zh' });
  line(en.council, 11, { weight: 'bold', align: 'center' });
  line(`${zh.place} · ${en.place}`, 9, { align: 'center', color: GREY });
  page.drawLine({ start: { x: MARGIN, y: y - 2 }, end: { x: A4[0] - MARGIN, y: y - 2 }, thickness: 1.2, color: rgb(0.55, 0.1, 0.1) });
  y -= 14;
  line(dateLine, 9, { align: 'right' });
  line(refLine, 9, { align: 'right' });
  y -= 6;
  line(zh.title, 18, { weight: 'bold', align: 'center', locale: 'zh' });
  line(en.title.toUpperCase(), 12, { weight: 'bold', align: 'center' });
  y -= 6;
  sections.forEach((section, i) => {
    if (i === 2) newPage(); // the holder's translation starts a page of its own, after the signed text
    drawSection(
      section,
      line,
      fonts,
      () => page,
      () => y,
      (v) => (y = v),
      newPage,
    );
    if (i === 1) drawSignature();
  });

  function drawSignature() {
    if (y - 130 < FOOTER) newPage();
    const x = A4[0] - MARGIN - 220;
    const top = y;
    if (seal) page.drawImage(seal, { ...fit(seal, 110), x: x + 70, y: top - 115 });
    if (signature) page.drawImage(signature, { ...fit(signature, 70, 150), x: x + 10, y: top - 80 });
    y = top - 88;
    for (const text of signatory) line(text, 9, { x, width: 220 });
    line(zh.council, 9, { x, width: 220, locale: 'zh' });
    line(en.council, 8, { x, width: 220 });
    line(zh.seal, 7, { x, width: 220, color: GREY, locale: 'zh' });
    y = Math.min(y, top - 130);
  }

  pages.forEach((p, i) => {
    p.drawImage(qr, { x: MARGIN, y: 28, width: 72, height: 72 });
    footer.forEach((text, j) => fonts.draw(p, text, { x: MARGIN + 82, y: 84 - j * 13, size: 7.5, color: GREY, locale: j === 0 ? 'zh' : 'en' }));
    fonts.draw(p, `${input.reference} · ${i + 1}/${pages.length}`, { x: MARGIN + 82, y: 40, size: 8, color: GREY });
  });
  return pdf.save({ useObjectStreams: false });
}

function fit(img: PDFImage, height: number, maxWidth = height) {
  const scale = Math.min(height / img.height, maxWidth / img.width);
  return { width: img.width * scale, height: img.height * scale };
}

type Line = (text: string, size: number, opts?: { weight?: Weight; locale?: Locale; color?: [number, number, number]; x?: number; width?: number }) => void;

function drawSection(s: LetterSection, line: Line, fonts: PdfFonts, page: () => PDFPage, getY: () => number, setY: (y: number) => void, newPage: () => void) {
  const locale = s.locale;
  setY(getY() - 8);
  // The holder's own language comes after the signed Chinese and English text, under its own heading.
  if (s.note) {
    line(s.heading, 13, { weight: 'bold', locale });
    line(s.note, 8, { locale, color: GREY });
  }
  line(s.to, 10.5, { weight: 'bold', locale });
  line(s.intro, 10, { locale });
  const labelWidth = Math.max(...s.facts.map(([label]) => fonts.widthOf(label, 9.5, 'regular', locale))) + 12;
  for (const [label, value] of s.facts) {
    if (getY() - 14 < FOOTER) newPage();
    const y = getY();
    fonts.draw(page(), label, { x: MARGIN + 12, y: y - 9.5, size: 9.5, locale, color: GREY });
    line(value, 9.5, { weight: 'bold', locale, x: MARGIN + 12 + labelWidth, width: WIDTH - 12 - labelWidth });
  }
  for (const p of s.paragraphs) line(p, 10, { locale });
}
