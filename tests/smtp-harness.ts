import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { resetConfigForTests } from '@/lib/config';

/** A real SMTP server on a free local port that parses what it receives; it can refuse on demand. */
export async function startSmtp(port = 0) {
  const received: ParsedMail[] = [];
  const state = { refuse: null as null | { code: number; message: string } };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (!state.refuse) return callback();
      const error = Object.assign(new Error(state.refuse.message), { responseCode: state.refuse.code });
      callback(error);
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        received.push(mail);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const bound = (server.server.address() as AddressInfo).port;
  return {
    received,
    state,
    url: `smtp://127.0.0.1:${bound}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Point the portal's mail settings at a server for the rest of a test file. */
export function pointMailAt(url: string, extra: Record<string, string> = {}) {
  process.env.SMTP_URL = url;
  process.env.MAIL_RETRY_BASE_MS = '50';
  Object.assign(process.env, extra);
  resetConfigForTests();
}
