import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { renderBadges, type BadgeData } from '@/server/pdf/badges';

const badge = (name: string, latinName: string, locale: BadgeData['locale'], country: string): BadgeData => ({
  reference: `REF-${latinName.slice(0, 3)}`,
  name,
  latinName,
  organization: 'Org',
  country,
  type: 'Enterprise',
  typeKey: 'enterprise',
  locale,
});

describe('name badges', () => {
  it.each(['a6', 'a4x8'] as const)(
    '%s: names in Chinese, Korean and Russian are real text in the PDF, with the passport names',
    async (layout) => {
      const pdf = await renderBadges(
        [
          badge('王晓明', 'WANG XIAOMING', 'zh', 'CN · 中国'),
          badge('김민준', 'KIM MINJUN', 'ko', 'KR · 대한민국'),
          badge('Петрова Анна Сергеевна', 'PETROVA ANNA', 'ru', 'RU · Россия'),
        ],
        layout,
        'Badges',
      );
      const doc = await getDocumentProxy(pdf);
      expect(doc.numPages).toBe(layout === 'a6' ? 3 : 1);
      const { text } = await extractText(doc, { mergePages: true });
      for (const name of ['王晓明', '김민준', 'Петрова Анна Сергеевна', 'WANG XIAOMING', 'KIM MINJUN', 'PETROVA ANNA']) expect(text).toContain(name);
    },
    60_000,
  );
});
