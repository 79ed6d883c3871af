import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import type { EVENT_STATUSES } from '@/lib/domain';
import { Link } from '@/i18n/link';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ResultBanner } from '@/components/ui/result-banner';

interface Props {
  locale: Locale;
  id: string;
  slug: string;
  status: (typeof EVENT_STATUSES)[number];
  /** The action just taken, from `?status=` after the redirect. */
  done?: string;
  /** The action was refused: the event was cancelled meanwhile (`?status=cancelledIsFinal`). */
  refused?: boolean;
  /** For the confirmation before cancelling: what, and how many delegates it writes to. */
  kind: string;
  title: string;
  activeCount: number;
}

const ACTIONS = ['publish', 'unpublish', 'cancel'] as const;

/** Publish, back to draft, or cancel: plain forms, so they work before any script has loaded. */
export async function EventStatusPanel({ locale, id, slug, status, done, refused, kind, title, activeCount }: Props) {
  const t = await getTranslations({ locale, namespace: 'EventEditor.status' });
  const c = await getTranslations({ locale, namespace: 'Confirm' });
  const returnTo = `/${locale}/admin/events/${id}/edit`;
  const form = (action: (typeof ACTIONS)[number], className: string) => (
    <form method="post" action="/api/admin/events/status">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="action" value={action} />
      <input type="hidden" name="returnTo" value={returnTo} />
      {action === 'cancel' ? (
        // Cannot be undone and writes to every delegate: asks once, saying to how many (U3, U5).
        <ConfirmDialog
          label={t('cancelConfirm')}
          className={className}
          title={c('cancelEventTitle', { kind })}
          body={c('cancelEventBody', { kind, title, count: activeCount })}
          confirmLabel={t('cancelConfirm')}
          cancelLabel={c('back')}
        />
      ) : (
        <button type="submit" className={className}>
          {t(action)}
        </button>
      )}
    </form>
  );
  const shownDone = ACTIONS.find((a) => a === done);
  return (
    <section className="panel" aria-labelledby="status-heading">
      <h2 id="status-heading" className="inline-heading">
        {t('heading')}
      </h2>
      {shownDone && <ResultBanner text={t(`done.${shownDone}`)} refused={false} />}
      {refused && <ResultBanner text={t('cancelledIsFinal')} refused />}
      <p>
        {t('current')} <strong>{t(`statuses.${status}`)}</strong>
      </p>
      {status === 'cancelled' && !refused && <p className="hint">{t('cancelledIsFinal')}</p>}
      <div className="actions">
        {status === 'draft' && form('publish', 'button')}
        {status === 'published' && form('unpublish', 'button secondary')}
        {status !== 'draft' && <Link href={`/events/${slug}`}>{t('viewPublic')}</Link>}
      </div>
      {status !== 'cancelled' && (
        <details>
          <summary>{t('cancel')}</summary>
          <p className="hint">{t('cancelHintNotifies')}</p>
          {form('cancel', 'button secondary danger')}
        </details>
      )}
    </section>
  );
}
