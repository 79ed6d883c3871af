import net from 'node:net';

/** A TCP port nothing listens on right now (for servers a test starts and stops itself). */
export async function freePort() {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((r) => server.close(r));
  return port;
}
