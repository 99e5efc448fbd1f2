/**
 * Which network an IP host is on, by Node's own address lists (`net.BlockList`), which read every spelling the URL
 * parser writes: IPv4, IPv6 in brackets, and IPv4 written in IPv6 (`[::ffff:10.0.0.1]`, given as `[::ffff:a00:1]`,
 * is judged as 10.0.0.1). Used by the content check only (Node), never by the browser's scripts.
 */
import { BlockList, isIP } from 'node:net';

/** The address and family of a host as `URL` gives it (`10.0.0.1`, `[fd12::1]`), or undefined for a name. */
function ipOf(hostname: string): { address: string; family: 'ipv4' | 'ipv6' } | undefined {
  const address = hostname.replace(/^\[(.*)\]$/, '$1');
  const version = isIP(address);
  return version === 0 ? undefined : { address, family: version === 4 ? 'ipv4' : 'ipv6' };
}

function networks(subnets: readonly string[]): BlockList {
  const list = new BlockList();
  for (const subnet of subnets) {
    const [address = '', prefix] = subnet.split('/');
    list.addSubnet(address, Number(prefix), isIP(address) === 4 ? 'ipv4' : 'ipv6');
  }
  return list;
}

/** The machine the page is opened on: loopback and the unspecified address. */
const OWN_MACHINE = networks(['127.0.0.0/8', '0.0.0.0/32', '::1/128', '::/128']);
/** No public address is in these: private (RFC 1918), link-local, carrier-grade NAT, IPv6 unique-local and link-local. */
const PRIVATE = networks(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '169.254.0.0/16', '100.64.0.0/10', 'fc00::/7', 'fe80::/10']);

/** Whether `hostname` is an IP address of the machine the page is opened on. */
export function isOwnMachineIp(hostname: string): boolean {
  const ip = ipOf(hostname);
  return ip !== undefined && OWN_MACHINE.check(ip.address, ip.family);
}

/** Whether `hostname` is an IP address on a private network (not the own machine's: {@link isOwnMachineIp}). */
export function isPrivateNetworkIp(hostname: string): boolean {
  const ip = ipOf(hostname);
  return ip !== undefined && PRIVATE.check(ip.address, ip.family);
}
