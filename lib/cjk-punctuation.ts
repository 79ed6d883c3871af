/** Typography checks for Chinese and Japanese text, shared by the catalogue test and the rendered-page test. */

const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー\u3000-\u303F\uFF01-\uFF60`;
const ASCII_NEXT_TO_CJK = new RegExp(String.raw`[${CJK}][ \u00A0]*[:,()]|[:,()][ \u00A0]*[${CJK}]`, 'gu');
const QUOTE_PAIRS: Record<string, string> = { '“': '”', '‘': '’', '「': '」', '『': '』', '《': '》', '〈': '〉' };
const CLOSERS = new Set(Object.values(QUOTE_PAIRS));

/** Each ASCII `: , ( )` that touches a CJK character (spaces between count), with a little context. */
export function asciiPunctuationNextToCjk(text: string): string[] {
  const prose = text.replace(/\]\([^)]*\)/g, ']'); // a Markdown link target is syntax, not prose
  return [...prose.matchAll(ASCII_NEXT_TO_CJK)].map((m) => prose.slice(Math.max(0, m.index - 8), m.index + m[0].length + 8));
}

/** The text around the first quote opened inside an open quote of the same kind (“…“…”…”), or null. */
export function nestedSameQuote(text: string): string | null {
  const chars = [...text];
  const open: string[] = [];
  for (const [i, ch] of chars.entries()) {
    if (QUOTE_PAIRS[ch]) {
      if (open.includes(ch)) return chars.slice(Math.max(0, i - 12), i + 12).join('');
      open.push(ch);
    } else if (CLOSERS.has(ch)) {
      const at = open.findLastIndex((o) => QUOTE_PAIRS[o] === ch);
      if (at >= 0) open.length = at;
    }
  }
  return null;
}
