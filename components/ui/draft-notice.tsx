/** Says that earlier input was restored, with a way to start again; labels come in as props. */
export function DraftNotice({ text, discardLabel, onDiscard }: { text: string; discardLabel: string; onDiscard: () => void }) {
  return (
    <div role="status" className="banner banner-info draft-notice">
      <span>{text}</span>{' '}
      <button type="button" className="link-button" onClick={onDiscard}>
        {discardLabel}
      </button>
    </div>
  );
}
