import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { pinForwardedFor, trustedClientAddress } from '@/server/client-address';

describe('trustedClientAddress', () => {
  it('uses the socket address when no proxy is trusted, whatever the client wrote', () => {
    expect(trustedClientAddress('203.0.113.9', '198.51.100.1', 0)).toBe('198.51.100.1');
    expect(trustedClientAddress(undefined, '198.51.100.1', 0)).toBe('198.51.100.1');
  });

  it('takes the address the trusted proxy appended, not what the client put before it', () => {
    // Client forged "1.1.1.1", the proxy appended the real 203.0.113.9, the proxy itself connected from 10.0.0.2.
    expect(trustedClientAddress('1.1.1.1, 203.0.113.9', '10.0.0.2', 1)).toBe('203.0.113.9');
    expect(trustedClientAddress(['1.1.1.1', '203.0.113.9, 10.0.0.3'], '10.0.0.2', 2)).toBe('203.0.113.9');
  });

  it('never goes further left than the chain allows', () => {
    expect(trustedClientAddress(undefined, '10.0.0.2', 3)).toBe('10.0.0.2');
  });
});

describe('pinForwardedFor', () => {
  pinForwardedFor(0);
  const server = http.createServer((request, response) => response.end(request.headers['x-forwarded-for']));
  afterAll(() => new Promise((done) => server.close(done)));

  it('replaces a forged header before any handler sees it', async () => {
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    const seen = await fetch(`http://127.0.0.1:${port}/`, { headers: { 'X-Forwarded-For': '203.0.113.77' } }).then((r) => r.text());
    expect(seen).toBe('127.0.0.1');
  });
});
