import { Button, Img, Link, Text } from '@react-email/components';
import type { MailContext } from '@/lib/mail-context';
import { colors, Fact, Shell, text } from './shell';
import type { EmailFrame } from './shell';

export interface RegistrationEmailProps extends EmailFrame {
  labels: {
    reference: string;
    event: string;
    when: string;
    where: string;
    status: string;
    visits: string;
    manage: string;
    manageHint: string;
    qrAlt: string;
    entranceHint: string;
  };
  statusText: string;
  /** A line after the opening (a delegation member: who registered them). */
  note?: string;
  when: string;
  where: string;
  visits: { title: string; when: string; status: string }[];
  /** A visit the organizers cancelled: what this e-mail is about. */
  cancelledVisit?: string;
  context: MailContext;
  manageUrl: string | null;
  qrCid: string | null;
  /** The calendar hint, when a calendar file is attached. */
  calendarHint: string | null;
}

/** Confirmation and every status change: the same facts, a different opening. */
export function RegistrationEmail(p: RegistrationEmailProps) {
  return (
    <Shell frame={p}>
      {p.note && <Text style={text}>{p.note}</Text>}
      <Fact name={p.labels.reference}>
        <span style={{ fontFamily: 'Menlo, Consolas, monospace', fontSize: 20, letterSpacing: 2 }}>{p.context.registration.reference}</span>
      </Fact>
      <Fact name={p.labels.status}>{p.statusText}</Fact>
      <Fact name={p.labels.event}>{p.context.event.title}</Fact>
      <Fact name={p.labels.when}>{p.when}</Fact>
      <Fact name={p.labels.where}>{p.where}</Fact>
      {p.cancelledVisit && <Fact name={p.labels.visits}>{p.cancelledVisit}</Fact>}
      {p.visits.length > 0 && (
        <>
          <Text style={{ ...text, color: colors.muted, fontSize: 13, marginBottom: 0 }}>{p.labels.visits}</Text>
          {p.visits.map((v) => (
            <Text key={v.title + v.when} style={{ ...text, margin: '4px 0' }}>
              • {v.title} — {v.when} · {v.status}
            </Text>
          ))}
        </>
      )}
      {p.qrCid && (
        <>
          <Img src={`cid:${p.qrCid}`} alt={p.labels.qrAlt} width={184} height={184} style={{ margin: '16px 0 4px' }} />
          <Text style={{ ...text, fontSize: 13, color: colors.muted, marginTop: 0 }}>{p.labels.entranceHint}</Text>
        </>
      )}
      {p.manageUrl && (
        <>
          <Button
            href={p.manageUrl}
            style={{ backgroundColor: colors.brand, color: '#ffffff', padding: '12px 20px', borderRadius: 6, fontWeight: 600, fontSize: 15 }}
          >
            {p.labels.manage}
          </Button>
          <Text style={{ ...text, fontSize: 13, color: colors.muted }}>
            <Link href={p.manageUrl} style={{ color: colors.brand, wordBreak: 'break-all' }}>
              {p.manageUrl}
            </Link>
            <br />
            {p.labels.manageHint}
          </Text>
        </>
      )}
      {p.calendarHint && <Text style={{ ...text, fontSize: 13, color: colors.muted }}>{p.calendarHint}</Text>}
    </Shell>
  );
}
