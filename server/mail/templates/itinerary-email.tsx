import { Section, Text } from '@react-email/components';
import { colors, Fact, Shell, text } from './shell';
import type { EmailFrame } from './shell';

export interface ItineraryDay {
  date: string;
  visits: {
    title: string;
    meetAt: string;
    meetingPoint: string | null;
    transport: string | null;
    waitlisted: boolean;
    stops: { time: string; place: string; activity: string | null }[];
  }[];
}

export interface ItineraryEmailProps extends EmailFrame {
  reference: { label: string; value: string };
  eventTitle: string;
  labels: { meetingPoint: string; transport: string; stops: string; calendarHint: string; waitlistNote: string };
  days: ItineraryDay[];
  /** Said first when the registration is not confirmed yet: the programme is not a promise. */
  pendingNote: string | null;
  /** The delegate's own arrival and pickup (#16), one fact a line. */
  travel?: { heading: string; facts: { name: string; value: string }[] } | null;
}

/** A delegate's own visits, day by day: where to meet, how they travel, each stop in order. */
export function ItineraryEmail(p: ItineraryEmailProps) {
  return (
    <Shell frame={p}>
      {p.pendingNote && <Text style={{ ...text, color: '#7a4b00', fontWeight: 600 }}>{p.pendingNote}</Text>}
      <Fact name={p.reference.label}>
        {p.reference.value} · {p.eventTitle}
      </Fact>
      <ItineraryTravel travel={p.travel} />
      <ItineraryDays days={p.days} labels={p.labels} />
      <Text style={{ ...text, fontSize: 13, color: colors.muted }}>{p.labels.calendarHint}</Text>
    </Shell>
  );
}

/** A delegate's arrival, pickup and room, one fact a line. */
export function ItineraryTravel({ travel }: { travel: ItineraryEmailProps['travel'] }) {
  if (!travel) return null;
  return (
    <Section style={{ marginTop: 16 }}>
      <Text style={{ fontSize: 17, fontWeight: 700, margin: '8px 0', color: colors.brand }}>{travel.heading}</Text>
      {travel.facts.map((f) => (
        <Fact key={f.name} name={f.name}>
          {f.value}
        </Fact>
      ))}
    </Section>
  );
}

/** Visits day by day: where to meet, how they travel, each stop in order (a delegate's itinerary and the head's roll-up). */
export function ItineraryDays({ days, labels }: { days: ItineraryDay[]; labels: ItineraryEmailProps['labels'] }) {
  return days.map((day) => (
    <Section key={day.date} style={{ marginTop: 16 }}>
      <Text style={{ fontSize: 17, fontWeight: 700, margin: '8px 0', color: colors.brand }}>{day.date}</Text>
      {day.visits.map((visit) => (
        <Section key={visit.title} style={{ border: `1px solid ${colors.line}`, borderRadius: 6, padding: '4px 14px', marginBottom: 12 }}>
          <Text style={{ fontSize: 16, fontWeight: 700, margin: '10px 0 4px' }}>{visit.title}</Text>
          {visit.waitlisted && <Text style={{ ...text, color: '#7a4b00' }}>{labels.waitlistNote}</Text>}
          <Fact name={labels.meetingPoint}>
            {visit.meetAt}
            {visit.meetingPoint ? ` — ${visit.meetingPoint}` : ''}
          </Fact>
          {visit.transport && <Fact name={labels.transport}>{visit.transport}</Fact>}
          <Text style={{ color: colors.muted, fontSize: 13, margin: '10px 0 2px' }}>{labels.stops}</Text>
          {visit.stops.map((stop) => (
            <Text key={stop.time + stop.place} style={{ fontSize: 14, lineHeight: '21px', margin: '4px 0' }}>
              <strong>{stop.time}</strong> {stop.place}
              {stop.activity ? ` — ${stop.activity}` : ''}
            </Text>
          ))}
        </Section>
      ))}
    </Section>
  ));
}
