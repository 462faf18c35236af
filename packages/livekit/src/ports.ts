import { createSocket } from "node:dgram";
import { createServer } from "node:net";

/** A TCP port nobody listens on at `host` right now (undefined host: every interface). */
export function freeTcpPort(host?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen({ port: 0, host, exclusive: true }, () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === "object") resolve(address.port);
        else reject(new Error("could not read the port of a probe socket"));
      });
    });
  });
}

function udpPortIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createSocket("udp4");
    socket.once("error", () => {
      socket.close();
      resolve(false);
    });
    socket.bind({ port, address: "0.0.0.0", exclusive: true }, () => socket.close(() => resolve(true)));
  });
}

/** The first port of `count` consecutive UDP ports that are all free, tried at random bases. */
export async function freeUdpRange(count: number, attempts = 50): Promise<number> {
  for (let i = 0; i < attempts; i++) {
    // Stay below the Linux ephemeral range (32768+) so outgoing sockets do not take our ports.
    const start = 20000 + Math.floor(Math.random() * (32000 - 20000 - count));
    let free = true;
    for (let port = start; port < start + count && free; port++) free = await udpPortIsFree(port);
    if (free) return start;
  }
  throw new Error(`no ${count} consecutive free UDP ports found after ${attempts} attempts`);
}
