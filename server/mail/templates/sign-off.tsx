import { Text } from '@react-email/components';
import { Fragment } from 'react';
import { colors, text } from './shell';

export interface EventContact {
  heading: string;
  lines: string[];
}

/**
 * The event's contact (only what the event has), then the closing and the signer, each on its own line:
 * line breaks are <br>, so the text part keeps them too (zh 此致 / 敬礼！ stand on two lines).
 */
export function SignOff({ contact, closing, signedBy }: { contact: EventContact | null; closing: string; signedBy: string }) {
  const lines = [...closing.split('\n'), signedBy];
  return (
    <>
      {contact && (
        <>
          <Text style={{ color: colors.muted, fontSize: 13, margin: '16px 0 0' }}>{contact.heading}</Text>
          <Text style={{ fontSize: 15, lineHeight: '22px', margin: '2px 0 0' }}>
            {contact.lines.map((line, i) => <Fragment key={line}>{i > 0 && <br />}{line}</Fragment>)}
          </Text>
        </>
      )}
      <Text style={text}>
        {lines.map((line, i) => <Fragment key={`${i}-${line}`}>{i > 0 && <br />}{line}</Fragment>)}
      </Text>
    </>
  );
}
