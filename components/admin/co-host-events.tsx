interface Props {
  accounts: { id: string; name: string; email: string }[];
  events: { id: string; title: string; lang?: string }[];
  assigned: { organizerId: string; eventId: string }[];
  returnTo: string;
  disabled: boolean;
  labels: { title: string; hint: string; none: string; eventsOf: (name: string) => string; save: string; saveFor: (name: string) => string };
}

/** On the accounts page: which events each co-host account may manage, one form per account. */
export function CoHostEvents({ accounts, events, assigned, returnTo, disabled, labels }: Props) {
  return (
    <section aria-labelledby="co-host-events">
      <h2 id="co-host-events">{labels.title}</h2>
      <p className="hint">{labels.hint}</p>
      {accounts.length === 0 ? (
        <p className="muted">{labels.none}</p>
      ) : (
        accounts.map((account) => (
          <form key={account.id} method="post" action="/api/admin/co-hosts" className="panel">
            <input type="hidden" name="organizerId" value={account.id} />
            <input type="hidden" name="returnTo" value={returnTo} />
            <fieldset className="choices">
              <legend>{labels.eventsOf(`${account.name} (${account.email})`)}</legend>
              {events.map((event) => (
                <label key={event.id} className="choice">
                  <input
                    type="checkbox"
                    name="eventIds"
                    value={event.id}
                    defaultChecked={assigned.some((a) => a.organizerId === account.id && a.eventId === event.id)}
                  />
                  <span lang={event.lang}>{event.title}</span>
                </label>
              ))}
            </fieldset>
            <button type="submit" disabled={disabled} className="button secondary small" aria-label={labels.saveFor(account.name)}>
              {labels.save}
            </button>
          </form>
        ))
      )}
    </section>
  );
}
