'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { Link } from '@/i18n/navigation';

/**
 * What the form says after a submission, the same whether the address was new or already registered
 * (security probe finding 11): the reference and the private link travel only by e-mail.
 */
export function RegistrationReceived({ email, slug }: { email: string; slug: string }) {
  const t = useTranslations('RegistrationReceived');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="panel" role="status" aria-labelledby="received-heading">
      <h2 id="received-heading" ref={heading} tabIndex={-1}>
        {t('title')}
      </h2>
      <p>{t('body', { email })}</p>
      <p className="hint">{t('spam')}</p>
      <p>
        <Link href={`/events/${slug}`}>{t('toEvent')}</Link>
      </p>
    </section>
  );
}
