import type { LOCALES } from '@/i18n/locales';
import type messages from './messages/en.json';

// next-intl checks every locale and message key against these (English is the reference set).
declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof LOCALES)[number];
    Messages: typeof messages;
  }
}
