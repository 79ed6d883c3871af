import { Button, Img, Link, Text } from '@react-email/components';
import { colors, Fact, Shell, text } from './shell';
import type { EmailFrame } from './shell';

/** One line per member: name, passport name, reference and status, already in the head's words. */
export type MemberLine = { name: string; latinName: string; reference: string; status: string; qr?: { cid: string; alt: string } };

export interface DelegationEmailProps extends EmailFrame {
  labels: { delegation: string; event: string; when: string; where: string; members: string; manage: string; manageHint: string };
  delegationName: string;
  eventTitle: string;
  when: string;
  where: string;
  members: MemberLine[];
  manageUrl: string | null;
  /** The calendar hint, when a calendar file is attached (the head's reminder, the head confirmed). */
  calendarHint?: string | null;
  /** Under the members, when each carries their entrance QR code (the head's event reminder). */
  entranceHint?: string | null;
}

/** The head's summary: the whole delegation in one e-mail, in the head's language. */
export function DelegationEmail(p: DelegationEmailProps) {
  return (
    <Shell frame={p}>
      <Fact name={p.labels.delegation}>{p.delegationName}</Fact>
      <Fact name={p.labels.event}>{p.eventTitle}</Fact>
      <Fact name={p.labels.when}>{p.when}</Fact>
      <Fact name={p.labels.where}>{p.where}</Fact>
      <MemberLines heading={p.labels.members} members={p.members} />
      {p.entranceHint && <Text style={{ ...text, fontSize: 13, color: colors.muted }}>{p.entranceHint}</Text>}
      {p.manageUrl && (
        <>
          <Button
            href={p.manageUrl}
            style={{ backgroundColor: colors.brand, color: '#ffffff', padding: '12px 20px', borderRadius: 6, fontWeight: 600, fontSize: 15, marginTop: 12 }}
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

/** The members under their heading, one line each (the head's summary and reminders). */
export function MemberLines({ heading, members }: { heading: string; members: MemberLine[] }) {
  return (
    <>
      <Text style={{ ...text, color: colors.muted, fontSize: 13, marginBottom: 0 }}>{heading}</Text>
      {members.map((m) => (
        <div key={m.reference}>
          <Text style={{ ...text, margin: '4px 0' }}>
            • {m.name} ({m.latinName}) — <span style={{ fontFamily: 'Menlo, Consolas, monospace' }}>{m.reference}</span> · {m.status}
          </Text>
          {m.qr && <Img src={`cid:${m.qr.cid}`} alt={m.qr.alt} width={132} height={132} style={{ margin: '0 0 8px 12px' }} />}
        </div>
      ))}
    </>
  );
}
