import http from 'node:http';

/**
 * The address a rate limit may trust. Each proxy in front appends the address it saw, so with
 * `hops` trusted proxies the client is the entry `hops` places from the right of
 * [X-Forwarded-For…, socket address]; anything further left was written by the client itself.
 */
export function trustedClientAddress(forwardedFor: string | string[] | undefined, socketAddress: string | undefined, hops: number) {
  const chain = [forwardedFor ?? []]
    .flat()
    .join(',')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  chain.push(socketAddress ?? 'unknown');
  return chain[Math.max(0, chain.length - 1 - hops)]!;
}

/**
 * Next passes a client's own X-Forwarded-For (and -Host, -Proto) through untouched and only fills it in when absent, so a
 * client could pick a new rate-limit bucket with every request. Before Next sees a request, the
 * header is replaced by the one address the configured proxies vouch for.
 */
export function pinForwardedFor(hops: number) {
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const request = args[0] as http.IncomingMessage;
      request.headers['x-forwarded-for'] = trustedClientAddress(request.headers['x-forwarded-for'], request.socket?.remoteAddress, hops);
      delete request.headers['x-real-ip'];
      // With no trusted proxy, the host and scheme are what the client connected to, never what it claims.
      if (hops === 0) {
        delete request.headers['x-forwarded-host'];
        delete request.headers['x-forwarded-proto'];
        delete request.headers['x-forwarded-port'];
      }
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}
