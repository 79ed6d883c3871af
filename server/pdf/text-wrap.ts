import type { Locale } from '@/i18n/locales';
import type { PdfFonts, Weight } from './fonts';

// Closing punctuation never starts a line, opening never ends one (kinsoku, simplified).
const NO_START = /^[、。，．,.:;：；！？!?）)」』】〉》’”・ー々ゝゞぁぃぅぇぉっゃゅょァィゥェォッャュョ]/u;

/** Breaks `text` into lines no wider than `maxWidth`: CJK between any two characters, other scripts at spaces. */
export function wrapText(fonts: PdfFonts, text: string, size: number, maxWidth: number, weight?: Weight, locale?: Locale): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    // Units: a CJK character (with any closing punctuation after it), a word, or a space.
    const units = paragraph.match(
      /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF][、。，．：；！？）」』】〉》]*|[^\s\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]+|\s+/gu,
    ) ?? [''];
    let line = '';
    for (const unit of units) {
      const candidate = line + unit;
      if (line && !/^\s+$/.test(unit) && fonts.widthOf(candidate.trimEnd(), size, weight, locale) > maxWidth && !NO_START.test(unit)) {
        lines.push(line.trimEnd());
        line = unit.trimStart();
      } else {
        line = candidate;
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}
