'use client';

import { type MouseEvent, useId, useRef, useState } from 'react';

/** What the dialog says, chosen when it opens: from a field of the surrounding form, or from how many boxes are ticked. */
type ConfirmPick = { field: string } | { checked: string };

interface Props {
  /** The button that opens the dialog (inside a form it is a submit button, so the form still works without script). */
  label: string;
  className?: string;
  title: string;
  /** One message, or messages keyed by the picked value (a field's value, or the count of ticked boxes as a string). */
  body: string | Record<string, string>;
  pick?: ConfirmPick;
  confirmLabel: string;
  cancelLabel: string;
  /** Keys of `body` for which there is nothing to confirm (e.g. "0" boxes ticked): the dialog only explains. */
  nothingFor?: string[];
  /** Without it, confirming submits the surrounding form; with it, confirming calls it. */
  onConfirm?: () => void | Promise<void>;
  disabled?: boolean;
}

/**
 * Asks once before what cannot be undone, in a native modal <dialog> (focus kept inside, Escape closes,
 * the title and message read out). Labels come in as props: primitives carry no messages of their own.
 */
export function ConfirmDialog({ label, className, title, body, pick, confirmLabel, cancelLabel, nothingFor = [], onConfirm, disabled }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const [key, setKey] = useState('');
  const id = useId();

  const open = (event: MouseEvent<HTMLButtonElement>) => {
    event.preventDefault();
    const form = trigger.current?.form;
    let next = '';
    if (pick && form) {
      if ('field' in pick) next = (form.elements.namedItem(pick.field) as HTMLSelectElement | HTMLInputElement | null)?.value ?? '';
      else next = String(form.querySelectorAll(`input[name="${CSS.escape(pick.checked)}"]:checked`).length);
    }
    setKey(next);
    ref.current?.showModal();
  };
  const close = () => ref.current?.close();
  const message = typeof body === 'string' ? body : (body[key] ?? body.other ?? '');
  const nothing = nothingFor.includes(key);

  return (
    <>
      <button ref={trigger} type={onConfirm ? 'button' : 'submit'} className={className} onClick={open} disabled={disabled}>
        {label}
      </button>
      <dialog ref={ref} className="confirm-dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`}>
        <h2 id={`${id}-title`}>{title}</h2>
        <p id={`${id}-body`}>{message}</p>
        <div className="actions">
          {!nothing &&
            (onConfirm ? (
              <button
                type="button"
                className="button danger"
                onClick={async () => {
                  close();
                  await onConfirm();
                }}
              >
                {confirmLabel}
              </button>
            ) : (
              // Inside the form: this button submits it, with the trigger's own name/value if it had one.
              <button type="submit" className="button danger">
                {confirmLabel}
              </button>
            ))}
          <button type="button" className="button secondary" onClick={close} autoFocus>
            {cancelLabel}
          </button>
        </div>
      </dialog>
    </>
  );
}
