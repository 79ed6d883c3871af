import { IntlMessageFormat } from 'intl-messageformat';
import en from '@/messages/en.json' with { type: 'json' };
import ja from '@/messages/ja.json' with { type: 'json' };
import ko from '@/messages/ko.json' with { type: 'json' };
import ru from '@/messages/ru.json' with { type: 'json' };
import zh from '@/messages/zh.json' with { type: 'json' };

/** The catalogues, so specs find elements by the same localized names a person reads. */
export const messages = { zh, en, ko, ja, ru } as const;

/** A message with its ICU arguments filled in (selects on status or kind of event, plurals), as the page renders it. */
export const format = (locale: keyof typeof messages, message: string, values: Record<string, string | number>) =>
  String(new IntlMessageFormat(message, locale).format(values));

/** Catalogue text as a regular expression that matches it literally. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
