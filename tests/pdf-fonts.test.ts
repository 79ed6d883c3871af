import { PDFDocument } from 'pdf-lib';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { embedFonts, facesFor } from '@/server/pdf/fonts';
import { wrapText } from '@/server/pdf/text-wrap';

describe('PDF fonts', () => {
  it('draws Chinese, Japanese, Korean, Latin and Cyrillic text that a reader extracts again', async () => {
    const lines = ['邀请函 吉林省贸促会', '招へい状 ログイン', '초청장 참가자', 'IVANOV IVAN Приглашение'];
    const pdf = await PDFDocument.create();
    const fonts = await embedFonts(pdf, lines.join(''));
    const page = pdf.addPage([595, 842]);
    lines.forEach((line, i) => fonts.draw(page, line, { x: 40, y: 800 - i * 30, size: 14, locale: (['zh', 'ja', 'ko', 'en'] as const)[i] }));
    const bytes = await pdf.save();
    // Subset: far below the megabytes of the whole cuts.
    expect(bytes.length).toBeLessThan(200_000);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
    for (const line of lines) for (const word of line.split(' ')) expect(text).toContain(word);
  });

  it('loads only the cuts a document needs', () => {
    expect(facesFor('Invitation 邀请')).toEqual(['sc']);
    expect(facesFor('초청장')).toEqual(['sc', 'kr']);
    expect(facesFor('IVANOV', ['ja'])).toEqual(['sc', 'jp']);
  });

  it('wraps CJK between characters and Latin at spaces', async () => {
    const pdf = await PDFDocument.create();
    const text = '兹邀请贵国代表团参加在长春举行的东北亚经贸合作大会。 The council invites the delegation to the conference.';
    const fonts = await embedFonts(pdf, text);
    const lines = wrapText(fonts, text, 12, 150);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(fonts.widthOf(line, 12)).toBeLessThanOrEqual(150);
    expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    expect(lines.some((l) => l.startsWith('。'))).toBe(false);
  });
});
