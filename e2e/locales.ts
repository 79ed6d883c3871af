import { LOCALES as ALL, type Locale } from '../i18n/locales';

/** What each locale's pages must show, by their localized accessible names. */
export const LOCALE_EXPECTATIONS = {
  zh: { lang: 'zh-Hans', events: '活动', language: '语言', upcoming: /即将举办/, notFound: '页面未找到' },
  en: { lang: 'en', events: 'Events', language: 'Language', upcoming: /Upcoming events/, notFound: 'Page not found' },
  ko: { lang: 'ko', events: '행사', language: '언어', upcoming: /예정된 행사/, notFound: '페이지를 찾을 수 없습니다' },
  ja: { lang: 'ja', events: 'イベント', language: '言語', upcoming: /開催予定/, notFound: 'ページが見つかりません' },
  ru: { lang: 'ru', events: 'Мероприятия', language: 'Язык', upcoming: /Предстоящие мероприятия/, notFound: 'Страница не найдена' },
} as const satisfies Record<Locale, unknown>;

export const LOCALES = ALL;
