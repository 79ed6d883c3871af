import { Body, Container, Head, Hr, Html, Preview, Section, Text } from '@react-email/components';
import { Fragment, type ReactNode } from 'react';

interface EventContact {
  heading: string;
  lines: string[];
}

/** What every e-mail says around its own content, already translated. */
export interface EmailFrame {
  lang: string;
  siteName: string;
  subject: string;
  greeting: string;
  intro: string;
  closing: string;
  signedBy: string;
  contact: EventContact | null;
  footer: string;
}

export const colors = { brand: '#0b4f6c', ink: '#1c2430', muted: '#4f5b6b', line: '#d5dbe3', wash: '#f3f6f9' };

const font = '-apple-system, "Segoe UI", Roboto, "Noto Sans", "PingFang SC", "Hiragino Sans", "Malgun Gothic", "Microsoft YaHei", Arial, sans-serif';

/**
 * The frame every e-mail shares: table layout and inline styles that common mail clients render; the greeting
 * and the intro above the e-mail's own content, the event's contact and the sign-off below it, then `after`.
 */
export function Shell({ frame, children, after }: { frame: Omit<EmailFrame, 'intro'> & { intro?: string }; children: ReactNode; after?: ReactNode }) {
  return (
    <Html lang={frame.lang}>
      <Head />
      <Preview>{frame.subject}</Preview>
      <Body style={{ backgroundColor: colors.wash, fontFamily: font, color: colors.ink, margin: 0, padding: '24px 0' }}>
        <Container style={{ backgroundColor: '#ffffff', maxWidth: 600, border: `1px solid ${colors.line}`, borderRadius: 8 }}>
          <Section style={{ backgroundColor: colors.brand, padding: '16px 24px', borderRadius: '8px 8px 0 0' }}>
            <Text style={{ color: '#ffffff', fontSize: 18, fontWeight: 700, margin: 0 }}>{frame.siteName}</Text>
          </Section>
          <Section style={{ padding: '8px 24px 16px' }}>
            <Text style={text}>{frame.greeting}</Text>
            {frame.intro && <Text style={text}>{frame.intro}</Text>}
            {children}
            <SignOff contact={frame.contact} closing={frame.closing} signedBy={frame.signedBy} />
            {after}
          </Section>
          <Hr style={{ borderColor: colors.line, margin: 0 }} />
          <Section style={{ padding: '12px 24px' }}>
            <Text style={{ color: colors.muted, fontSize: 12, lineHeight: '18px', margin: 0 }}>{frame.footer}</Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}

export const text = { fontSize: 15, lineHeight: '23px', margin: '12px 0' };
const label = { color: colors.muted, fontSize: 13, margin: '10px 0 0' };
const value = { fontSize: 15, lineHeight: '22px', margin: '2px 0 0', fontWeight: 600 };

/** A label over its value, the shape of every fact in these e-mails. */
export function Fact({ name, children }: { name: string; children: ReactNode }) {
  return (
    <>
      <Text style={label}>{name}</Text>
      <Text style={value}>{children}</Text>
    </>
  );
}

/**
 * The event's contact (only what the event has), then the closing and the signer, each on its own line:
 * line breaks are <br>, so the text part keeps them too (zh 此致 / 敬礼！ stand on two lines).
 */
function SignOff({ contact, closing, signedBy }: { contact: EventContact | null; closing: string; signedBy: string }) {
  const lines = [...closing.split('\n'), signedBy];
  return (
    <>
      {contact && (
        <>
          <Text style={{ color: colors.muted, fontSize: 13, margin: '16px 0 0' }}>{contact.heading}</Text>
          <Text style={{ fontSize: 15, lineHeight: '22px', margin: '2px 0 0' }}>
            {contact.lines.map((line, i) => (
              <Fragment key={line}>
                {i > 0 && <br />}
                {line}
              </Fragment>
            ))}
          </Text>
        </>
      )}
      <Text style={text}>
        {lines.map((line, i) => (
          <Fragment key={`${i}-${line}`}>
            {i > 0 && <br />}
            {line}
          </Fragment>
        ))}
      </Text>
    </>
  );
}
