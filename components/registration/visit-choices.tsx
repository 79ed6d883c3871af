import type { UseFormRegisterReturn } from 'react-hook-form';
import type { VisitChoice } from '@/server/event-page';

export type { VisitChoice };

/** One checkbox per visit with its date and seats left; used by the registration and the change form. */
export function VisitChoices({
  legend,
  hint,
  visits,
  field,
  seatsText,
}: {
  legend: string;
  hint?: string;
  visits: VisitChoice[];
  field: UseFormRegisterReturn;
  seatsText: (count: number) => string;
}) {
  if (visits.length === 0) return null;
  return (
    <fieldset className="choices" aria-describedby={hint ? 'visits-hint' : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p id="visits-hint" className="hint">
          {hint}
        </p>
      )}
      {visits.map((v) => (
        <label key={v.id} className="choice">
          <input type="checkbox" value={v.id} {...field} />
          <span>
            <span lang={v.lang}>{v.title}</span>{' '}
            <span className="muted">
              · {v.when}
              {v.seatsLeft !== null && <> · {seatsText(v.seatsLeft)}</>}
            </span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
