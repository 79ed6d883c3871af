import { Button, Link, Text } from '@react-email/components';
import { colors, Fact, Shell, text } from './shell';
import type { EmailFrame } from './shell';

export interface DelegationEmailProps extends EmailFrame {
  labels: { delegation: string; event: string; when: string; where: string; members: string; manage: string; manageHint: string };
  delegationName: string;
  eventTitle: string;
  when: string;
  where: string;
  /** One line per member: name, passport name, reference and status, already in the head's words. */
  members: { name: string; latinName: string; reference: string; status: string }[];
  manageUrl: string | null;
}

/** The head's summary: the whole delegation in one e-mail, in the head's language. */
export function DelegationEmail(p: DelegationEmailProps) {
  return (
    <Shell frame={p}>
      <Fact name={p.labels.delegation}>{p.delegationName}</Fact>
      <Fact name={p.labels.event}>{p.eventTitle}</Fact>
      <Fact name={p.labels.when}>{p.when}</Fact>
      <Fact name={p.labels.where}>{p.where}</Fact>
      <Text style={{ ...text, color: colors.muted, fontSize: 13, marginBottom: 0 }}>{p.labels.members}</Text>
      {p.members.map((m) => (
        <Text key={m.reference} style={{ ...text, margin: '4px 0' }}>
          • {m.name} ({m.latinName}) — <span style={{ fontFamily: 'Menlo, Consolas, monospace' }}>{m.reference}</span> · {m.status}
        </Text>
      ))}
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
    </Shell>
  );
}
