import { Text } from '@react-email/components';
import type { MemberLine } from './delegation-email';
import { MemberLines } from './delegation-email';
import { ItineraryDays, type ItineraryDay, type ItineraryEmailProps } from './itinerary-email';
import { colors, Fact, Shell, text } from './shell';
import type { EmailFrame } from './shell';

export interface DelegationVisitReminderEmailProps extends EmailFrame {
  labels: ItineraryEmailProps['labels'] & { delegation: string; members: string };
  delegationName: string;
  eventTitle: string;
  /** The members the head reaches who are on the visit. */
  members: MemberLine[];
  /** The one visit, as in a delegate's reminder. */
  days: ItineraryDay[];
  /** Only when the head is on the visit: the attached calendar holds it. */
  calendarHint: string | null;
}

/** The head's reminder the evening before a visit: who of the delegation is on it, then the visit itself. */
export function DelegationVisitReminderEmail(p: DelegationVisitReminderEmailProps) {
  return (
    <Shell frame={p}>
      <Fact name={p.labels.delegation}>
        {p.delegationName} · {p.eventTitle}
      </Fact>
      <MemberLines heading={p.labels.members} members={p.members} />
      <ItineraryDays days={p.days} labels={p.labels} />
      {p.calendarHint && <Text style={{ ...text, fontSize: 13, color: colors.muted }}>{p.calendarHint}</Text>}
    </Shell>
  );
}
