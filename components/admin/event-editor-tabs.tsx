'use client';

import { useTranslations } from 'next-intl';
import { type KeyboardEvent, type ReactNode, useRef } from 'react';
import { LOCALES, type Locale } from '@/i18n/locales';
import { htmlLang, localeNames } from '@/i18n/routing';
import type { Completeness } from '@/lib/event-form';

const MARKS = { complete: '✓', partial: '◐', missing: '○' } as const;
const BADGES = { complete: 'badge-open', partial: 'badge-soon', missing: 'badge-muted' } as const;

interface Props {
  active: Locale;
  onSelect: (locale: Locale) => void;
  source: Locale;
  marks: Record<Locale, Completeness>;
  withErrors: Set<Locale>;
  children: ReactNode;
}

/** One tab per language (WAI-ARIA tabs, automatic activation); only the active panel holds fields. */
export function LanguageTabs({ active, onSelect, source, marks, withErrors, children }: Props) {
  const t = useTranslations('EventEditor');
  const tabs = useRef<Partial<Record<Locale, HTMLButtonElement | null>>>({});

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const index = LOCALES.indexOf(active);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: LOCALES.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const locale = LOCALES[(next + LOCALES.length) % LOCALES.length]!;
    onSelect(locale);
    tabs.current[locale]?.focus();
  }

  return (
    <div className="language-tabs">
      <div role="tablist" aria-label={t('languages.label')} className="actions">
        {LOCALES.map((l) => {
          const mark = marks[l];
          const selected = l === active;
          return (
            <button
              key={l}
              ref={(el) => {
                tabs.current[l] = el;
              }}
              type="button"
              role="tab"
              id={`tab-${l}`}
              aria-selected={selected}
              aria-controls={`panel-${l}`}
              tabIndex={selected ? 0 : -1}
              className="button secondary"
              // Selection shows as a filled background and a thick underline, not by colour alone.
              style={selected ? { background: 'var(--wash)', boxShadow: 'inset 0 -4px 0 var(--brand)' } : undefined}
              onClick={() => onSelect(l)}
              onKeyDown={onKeyDown}
            >
              <span lang={htmlLang[l]}>{localeNames[l]}</span>
              {l === source && <span className="muted">{t('languages.sourceTag')}</span>}{' '}
              <span className={`badge ${BADGES[mark.state]}`}>
                <span aria-hidden="true">{MARKS[mark.state]} </span>
                {mark.state === 'partial' ? t('completeness.partial', { filled: mark.filled, total: mark.total }) : t(`completeness.${mark.state}`)}
              </span>
              {withErrors.has(l) && (
                <span className="badge badge-cancelled">
                  {' '}
                  <span aria-hidden="true">⚠ </span>
                  {t('completeness.errors')}
                </span>
              )}
            </button>
          );
        })}
      </div>
      <p className="hint">{t('languages.hint')}</p>
      {LOCALES.map((l) => (
        <div key={l} role="tabpanel" id={`panel-${l}`} aria-labelledby={`tab-${l}`} hidden={l !== active} tabIndex={0}>
          {l === active && children}
        </div>
      ))}
    </div>
  );
}
