'use client';

import { useLocale, useTranslations } from 'next-intl';

/** The check-in desk's one badge (A6), opened in a new tab for the printer beside the desk (#16). */
export function BadgeLink({ eventId, reference }: { eventId: string; reference: string }) {
  const t = useTranslations('Arrivals');
  const locale = useLocale();
  const href = `/api/admin/badges?${new URLSearchParams({ event: eventId, reference, layout: 'a6', lang: locale })}`;
  return (
    <p>
      <a className="button secondary" href={href} target="_blank" rel="noopener">
        {t('printBadge')}
      </a>
    </p>
  );
}
