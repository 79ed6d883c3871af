import { Link, Section, Text } from '@react-email/components';
import ReactMarkdown from 'react-markdown';
import { colors, Shell, text } from './shell';
import type { EmailFrame } from './shell';

export interface AnnouncementEmailProps extends Omit<EmailFrame, 'intro'> {
  eventTitle: string;
  /** The organizers' Markdown, rendered without raw HTML (as event pages do); unsafe URLs are dropped. */
  body: string;
  /** `lang` of the body when it is not in the reader's language, with the note that says so. */
  bodyLang: string | null;
  fallbackNote: string | null;
  stop: { url: string; label: string; hint: string };
}

const md = { p: { ...text }, li: { fontSize: 15, lineHeight: '23px' }, h: { fontSize: 17, fontWeight: 700, margin: '16px 0 6px' } };

/** An organizers' announcement: their text, the event's contact, and the one-click stop at the bottom. */
export function AnnouncementEmail(p: AnnouncementEmailProps) {
  return (
    <Shell
      frame={p}
      after={
        <Text style={{ ...text, fontSize: 12, color: colors.muted }}>
          {p.stop.hint}{' '}
          <Link href={p.stop.url} style={{ color: colors.brand }}>
            {p.stop.label}
          </Link>
        </Text>
      }
    >
      <Text style={{ ...text, color: colors.muted, fontSize: 13 }}>{p.eventTitle}</Text>
      {p.fallbackNote && <Text style={{ ...text, color: '#7a4b00', fontSize: 13 }}>{p.fallbackNote}</Text>}
      <Section lang={p.bodyLang ?? undefined}>
        <ReactMarkdown
          skipHtml
          components={{
            p: ({ children }) => <Text style={md.p}>{children}</Text>,
            a: ({ href, children }) => (
              <Link href={href} style={{ color: colors.brand }}>
                {children}
              </Link>
            ),
            h1: ({ children }) => <Text style={md.h}>{children}</Text>,
            h2: ({ children }) => <Text style={md.h}>{children}</Text>,
            h3: ({ children }) => <Text style={md.h}>{children}</Text>,
            li: ({ children }) => <li style={md.li}>{children}</li>,
          }}
        >
          {p.body}
        </ReactMarkdown>
      </Section>
    </Shell>
  );
}
