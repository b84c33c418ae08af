import { BlockList, isIP } from "node:net";

/**
 * The header server/main.mjs sets to the connecting socket's address, overwriting anything a
 * client sent under that name. Route handlers and server actions cannot see the socket otherwise.
 */
export const PEER_ADDRESS_HEADER = "x-peer-address";

/** "::ffff:192.0.2.1" (an IPv4 client on a dual-stack socket) is 192.0.2.1. */
function plainAddress(address: string): string {
  const trimmed = address.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped ? mapped[1] : trimmed;
}

/** The configured proxies (TRUSTED_PROXIES: addresses and CIDR ranges, already validated by lib/env.ts). */
export function trustedProxyList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address, prefix] = entry.split("/");
    const family = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(prefix), family);
  }
  return list;
}

function isTrusted(address: string, trusted: BlockList): boolean {
  const family = isIP(address);
  return family !== 0 && trusted.check(address, family === 6 ? "ipv6" : "ipv4");
}

/**
 * The client's address for sign-in throttling. X-Forwarded-For counts only where it was written
 * by a trusted proxy: starting from the socket's address, each hop that is a trusted proxy hands
 * over to the address it forwarded for, and the first untrusted one is the client. Without trusted
 * proxies (the default) that is the socket's address, whatever the headers say, so a client cannot
 * choose its own address. "unknown" when the socket's address is missing (a server other than
 * server/main.mjs, e.g. `next dev`).
 */
export function clientAddress(input: { peer: string | null; forwardedFor: string | null }, trusted: BlockList): string {
  if (!input.peer) return "unknown";
  const hops = (input.forwardedFor ?? "").split(",").map(plainAddress).filter(Boolean);
  let client = plainAddress(input.peer);
  while (isTrusted(client, trusted) && hops.length > 0) {
    const previous = hops.pop()!;
    // A proxy that forwarded something that is not an address: the proxy is the last address known.
    if (isIP(previous) === 0) break;
    client = previous;
  }
  return client.slice(0, 64);
}
