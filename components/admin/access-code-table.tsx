import { formatCode } from '@/lib/access-code';

interface Code {
  id: string;
  code: string;
  organization: string;
  quota: number;
  maxDelegationSize: number | null;
  used: number;
  issued: string;
  revoked: string | null;
}
interface Props {
  eventId: string;
  returnTo: string;
  registerUrl: string;
  codes: Code[];
  labels: {
    organization: string;
    code: string;
    link: string;
    used: string;
    maxDelegationSize: string;
    status: string;
    issued: string;
    active: string;
    noLimit: string;
    revoke: string;
    usedOf: (used: number, quota: number) => string;
    revokedOn: (when: string) => string;
    revokeFor: (organization: string) => string;
  };
}

/** The codes of one event with their usage; the link carries the code so the form fills it in. */
export function AccessCodeTable({ eventId, returnTo, registerUrl, codes, labels }: Props) {
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{labels.organization}</th>
            <th scope="col">{labels.code}</th>
            <th scope="col" className="num">
              {labels.used}
            </th>
            <th scope="col" className="num">
              {labels.maxDelegationSize}
            </th>
            <th scope="col">{labels.issued}</th>
            <th scope="col">{labels.status}</th>
          </tr>
        </thead>
        <tbody>
          {codes.map((c) => (
            <tr key={c.id}>
              <td>{c.organization}</td>
              <td>
                <code className="access-code">{formatCode(c.code)}</code>
                <br />
                {!c.revoked && (
                  <a href={`${registerUrl}?code=${formatCode(c.code)}`} className="small">
                    {labels.link}
                  </a>
                )}
              </td>
              <td className="num">{labels.usedOf(c.used, c.quota)}</td>
              <td className="num">{c.maxDelegationSize ?? labels.noLimit}</td>
              <td>{c.issued}</td>
              <td>
                {c.revoked ? (
                  labels.revokedOn(c.revoked)
                ) : (
                  <form method="post" action="/api/admin/access-codes" className="inline-form">
                    {labels.active} <input type="hidden" name="action" value="revoke" />
                    <input type="hidden" name="eventId" value={eventId} />
                    <input type="hidden" name="id" value={c.id} />
                    <input type="hidden" name="returnTo" value={returnTo} />
                    <button type="submit" className="button secondary small" aria-label={labels.revokeFor(c.organization)}>
                      {labels.revoke}
                    </button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
