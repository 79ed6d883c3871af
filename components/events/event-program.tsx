import { getTranslations } from 'next-intl/server';
import type { EventPage } from '@/db/queries/events';
import type { Locale } from '@/i18n/locales';
import { dayKey, formatDate, formatTime, formatTimeRange, formatZone } from '@/lib/format';
import { langOf } from '@/lib/localized';

/** The programme grouped by calendar day in the event's zone. */
export async function EventProgram({ event, locale }: { event: EventPage; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'EventPage' });
  const p = await getTranslations({ locale, namespace: 'Punctuation' });
  if (event.program.length === 0) return <p>{t('noProgram')}</p>;
  const days = new Map<string, EventPage['program']>();
  for (const item of event.program) {
    const key = dayKey(item.startsAt, event.timeZone);
    days.set(key, [...(days.get(key) ?? []), item]);
  }
  return (
    <>
      <p className="muted">{t('programZone', { zone: formatZone(event.program[0]!.startsAt, event.timeZone, locale) })}</p>
      {[...days.values()].map((items) => (
        <section key={items[0]!.startsAt} className="program-day">
          <h3>{formatDate(items[0]!.startsAt, event.timeZone, locale)}</h3>
          <ol className="program">
            {items.map((item) => (
              <li key={item.startsAt + item.title.text}>
                <time dateTime={item.startsAt} className="slot">
                  {item.endsAt ? formatTimeRange(item.startsAt, item.endsAt, event.timeZone, locale) : formatTime(item.startsAt, event.timeZone, locale)}
                </time>
                <div>
                  <p className="program-title" lang={langOf(item.title, locale)}>
                    {item.title.text}
                  </p>
                  {item.speaker && (
                    <p className="muted">
                      <span>{p('label', { label: t('programSpeaker', { kind: event.kind }) })}</span>
                      <span lang={langOf(item.speaker, locale)}>{item.speaker.text}</span>
                    </p>
                  )}
                  {item.room && (
                    <p className="muted">
                      <span>{p('label', { label: t('programPlace', { kind: event.kind }) })}</span>
                      <span lang={langOf(item.room, locale)}>{item.room.text}</span>
                    </p>
                  )}
                </div>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
