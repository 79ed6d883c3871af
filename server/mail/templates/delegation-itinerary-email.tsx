import { Section, Text } from '@react-email/components';
import { ItineraryDays, ItineraryTravel, type ItineraryDay, type ItineraryEmailProps } from './itinerary-email';
import { colors, Fact, Shell, text } from './shell';
import type { EmailFrame } from './shell';

export interface DelegationItineraryEmailProps extends EmailFrame {
  labels: ItineraryEmailProps['labels'] & { delegation: string; noVisits: string };
  delegationName: string;
  eventTitle: string;
  /** The head's own arrival block, as in a delegate's itinerary. */
  travel: ItineraryEmailProps['travel'];
  /** Every member who holds a seat: who, their status in the head's words, and their visits. */
  members: { name: string; latinName: string; reference: string; status: string; pendingNote: string | null; days: ItineraryDay[] }[];
  /** Only when the head is on a visit: the attached calendar holds the head's own visits. */
  calendarHint: string | null;
}

/** The head's roll-up: each member's itinerary in one e-mail, in the head's language. */
export function DelegationItineraryEmail(p: DelegationItineraryEmailProps) {
  return (
    <Shell frame={p}>
      <Fact name={p.labels.delegation}>
        {p.delegationName} · {p.eventTitle}
      </Fact>
      <ItineraryTravel travel={p.travel} />
      {p.members.map((m) => (
        <Section key={m.reference} style={{ marginTop: 20, borderTop: `2px solid ${colors.brand}` }}>
          <Text style={{ fontSize: 18, fontWeight: 700, margin: '12px 0 2px' }}>
            {m.name} ({m.latinName})
          </Text>
          <Text style={{ ...text, margin: '0 0 4px', color: colors.muted }}>
            <span style={{ fontFamily: 'Menlo, Consolas, monospace' }}>{m.reference}</span> · {m.status}
          </Text>
          {m.pendingNote && <Text style={{ ...text, color: '#7a4b00', fontWeight: 600 }}>{m.pendingNote}</Text>}
          {m.days.length === 0 ? <Text style={text}>{p.labels.noVisits}</Text> : <ItineraryDays days={m.days} labels={p.labels} />}
        </Section>
      ))}
      {p.calendarHint && <Text style={{ ...text, fontSize: 13, color: colors.muted }}>{p.calendarHint}</Text>}
    </Shell>
  );
}
