import { Link, Text } from '@react-email/components';
import { Fact, Shell, colors, text, type EmailFrame } from './shell';

export interface LetterEmailProps extends EmailFrame {
  eventTitle: string;
  labels: { event: string; reference: string; reason: string; verify: string };
  reference: string;
  reason: string | null;
  verifyUrl: string | null;
}

/** A visa letter issued (the PDF is attached), refused or revoked. */
export function LetterEmail(p: LetterEmailProps) {
  return (
    <Shell frame={p}>
      <Fact name={p.labels.reference}>{p.reference}</Fact>
      <Fact name={p.labels.event}>{p.eventTitle}</Fact>
      {p.reason && <Fact name={p.labels.reason}>{p.reason}</Fact>}
      {p.verifyUrl && (
        <Text style={{ ...text, fontSize: 13, color: colors.muted }}>
          {p.labels.verify}:{' '}
          <Link href={p.verifyUrl} style={{ color: colors.brand, wordBreak: 'break-all' }}>
            {p.verifyUrl}
          </Link>
        </Text>
      )}
    </Shell>
  );
}
