/**
 * Which addresses a URL fetch may reach. A server that fetches URLs its clients name must not be
 * turned against its own network (SSRF): the guard resolves the host, refuses any address that is
 * not globally reachable — loopback, private (RFC 1918), link-local (cloud metadata at
 * 169.254.169.254), shared CGNAT space, unique-local and site-local IPv6, the unspecified
 * address, multicast, reserved and documentation ranges, and IPv4 addresses hidden in IPv6
 * (mapped, NAT64, 6to4) by the class of the IPv4 inside — unless the policy allows the host by
 * name or the address by range. The addresses checked are the ones the fetch then connects to
 * (see `pinnedLookup`), so a second DNS answer cannot slip in between check and connect.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { KgError } from '@kg/schema/core';

/** What a fetch may reach. */
export interface UrlPolicy {
  /** Fetch private and other non-public addresses too: no guard at all. */
  allowPrivate: boolean;
  /**
   * Hosts (`intranet.example`, `*.corp.example` for its subdomains), addresses (`10.0.0.7`,
   * `::1`) and CIDR ranges (`10.0.0.0/8`, `fd00::/8`) that may be fetched although not public.
   * Check entries with `parseUrlAllow`.
   */
  allow: readonly string[];
}

/** The policy of a server: only public addresses. */
export const PUBLIC_ONLY: Readonly<UrlPolicy> = Object.freeze({ allowPrivate: false, allow: [] });

/** One address a host name resolved to. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to all its addresses (`dns.lookup` with `all: true` by default). */
export type HostResolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: HostResolver = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map((a) => ({
    address: a.address,
    family: a.family === 6 ? 6 : 4,
  }));

interface Ip {
  family: 4 | 6;
  bytes: Uint8Array;
}

interface Range {
  ip: Ip;
  prefix: number;
}

/** Address classes that are not fetched, most specific first where ranges nest. */
const FORBIDDEN: readonly [cidr: string, what: string][] = [
  ['0.0.0.0/8', 'an unspecified ("this network") address'],
  ['10.0.0.0/8', 'a private address'],
  ['100.64.0.0/10', 'a shared (carrier-grade NAT) address'],
  ['127.0.0.0/8', 'a loopback address'],
  ['169.254.0.0/16', 'a link-local address'],
  ['172.16.0.0/12', 'a private address'],
  ['192.0.0.0/24', 'a reserved (IETF protocol) address'],
  ['192.0.2.0/24', 'a documentation address'],
  ['192.168.0.0/16', 'a private address'],
  ['198.18.0.0/15', 'a benchmarking address'],
  ['198.51.100.0/24', 'a documentation address'],
  ['203.0.113.0/24', 'a documentation address'],
  ['224.0.0.0/4', 'a multicast address'],
  ['240.0.0.0/4', 'a reserved or broadcast address'],
  ['::/128', 'the unspecified address'],
  ['::1/128', 'a loopback address'],
  ['::/96', 'an IPv4-compatible (deprecated) address'],
  ['64:ff9b:1::/48', 'a local NAT64 address'],
  ['100::/64', 'a discard-only address'],
  ['2001:db8::/32', 'a documentation address'],
  ['fc00::/7', 'a unique-local address'],
  ['fe80::/10', 'a link-local address'],
  ['fec0::/10', 'a site-local (deprecated) address'],
  ['ff00::/8', 'a multicast address'],
];

/** IPv6 ranges that carry an IPv4 address, and where it sits. */
const EMBEDDING: readonly [cidr: string, offset: number][] = [
  ['::ffff:0:0/96', 12], // IPv4-mapped
  ['64:ff9b::/96', 12], // NAT64, well-known prefix
  ['2002::/16', 2], // 6to4
];

function parseIpv4(text: string): Uint8Array | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const bytes = new Uint8Array(4);
  for (const [i, part] of parts.entries()) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return undefined;
    bytes[i] = Number(part);
  }
  return bytes;
}

function parseIpv6(text: string): Uint8Array | undefined {
  const address = text.replace(/%.*$/, ''); // zone id
  const halves = address.split('::');
  if (halves.length > 2) return undefined;
  const groups = (half: string | undefined): number[] | undefined => {
    if (!half) return [];
    const out: number[] = [];
    const parts = half.split(':');
    for (const [i, part] of parts.entries()) {
      if (i === parts.length - 1 && part.includes('.')) {
        const v4 = parseIpv4(part);
        if (!v4) return undefined;
        out.push(((v4[0] ?? 0) << 8) | (v4[1] ?? 0), ((v4[2] ?? 0) << 8) | (v4[3] ?? 0));
      } else if (/^[0-9a-f]{1,4}$/i.test(part)) {
        out.push(parseInt(part, 16));
      } else {
        return undefined;
      }
    }
    return out;
  };
  const head = groups(halves[0]);
  const tail = groups(halves[1]);
  if (!head || !tail) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const all = [...head, ...new Array<number>(halves.length === 1 ? 0 : missing).fill(0), ...tail];
  const bytes = new Uint8Array(16);
  for (const [i, group] of all.entries()) {
    bytes[i * 2] = group >> 8;
    bytes[i * 2 + 1] = group & 0xff;
  }
  return bytes;
}

/** An IP address in either notation (IPv6 in brackets too), or undefined. */
function parseIp(text: string): Ip | undefined {
  const bare = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  const family = isIP(bare.replace(/%.*$/, ''));
  if (family === 4) {
    const bytes = parseIpv4(bare);
    return bytes && { family: 4, bytes };
  }
  if (family === 6) {
    const bytes = parseIpv6(bare);
    return bytes && { family: 6, bytes };
  }
  return undefined;
}

function parseRange(text: string): Range | undefined {
  const [address = '', prefixText, extra] = text.split('/');
  if (extra !== undefined) return undefined;
  const ip = parseIp(address);
  if (!ip) return undefined;
  const bits = ip.family === 4 ? 32 : 128;
  if (prefixText === undefined) return { ip, prefix: bits };
  if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > bits) return undefined;
  return { ip, prefix: Number(prefixText) };
}

function inRange(ip: Ip, range: Range): boolean {
  if (ip.family !== range.ip.family) return false;
  let bits = range.prefix;
  for (let i = 0; bits > 0; i++, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if (((ip.bytes[i] ?? 0) & mask) !== ((range.ip.bytes[i] ?? 0) & mask)) return false;
  }
  return true;
}

function range(cidr: string): Range {
  const parsed = parseRange(cidr);
  if (!parsed) throw new Error(`url-guard: bad built-in range ${cidr}`);
  return parsed;
}

let builtIn:
  | {
      forbidden: { range: Range; what: string }[];
      embedding: { range: Range; offset: number }[];
    }
  | undefined;

/** The built-in ranges, parsed when an address is first judged (not on import: start-up). */
function builtInRanges(): NonNullable<typeof builtIn> {
  return (builtIn ??= {
    forbidden: FORBIDDEN.map(([cidr, what]) => ({ range: range(cidr), what })),
    embedding: EMBEDDING.map(([cidr, offset]) => ({ range: range(cidr), offset })),
  });
}

/**
 * Why an address is not fetched (`"a private address"`), or undefined for a public one.
 * An IPv4 address inside IPv6 (mapped, NAT64, 6to4) is judged by the IPv4 address.
 *
 * @example
 * forbiddenAddressClass('169.254.169.254'); // 'a link-local address'
 * forbiddenAddressClass('::ffff:10.0.0.1'); // 'a private address'
 * forbiddenAddressClass('93.184.216.34'); // undefined
 */
export function forbiddenAddressClass(address: string): string | undefined {
  const ip = parseIp(address);
  if (!ip) return 'not an IP address';
  const { forbidden, embedding: embeddings } = builtInRanges();
  for (const { range: embedding, offset } of embeddings) {
    if (inRange(ip, embedding)) {
      const v4 = ip.bytes.slice(offset, offset + 4);
      return forbiddenAddressClass(v4.join('.'));
    }
  }
  return forbidden.find((f) => inRange(ip, f.range))?.what;
}

const HOST_PATTERN =
  /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;

/**
 * The entries of an allow list (`"intranet.example,10.0.0.0/8, ::1"`), checked and lower-cased;
 * throws INVALID_ARGUMENT naming the first entry that is neither a host name, an address nor a
 * CIDR range. `where` prefixes the message (`--url-allow`, `KG_URL_ALLOW`).
 */
export function parseUrlAllow(spec: string, where = 'url allow list'): string[] {
  const entries = spec
    .split(',')
    .map((entry) => entry.trim().toLowerCase())
    .filter((entry) => entry !== '');
  for (const entry of entries) {
    const ok = entry.includes('/') || isIP(entry) ? parseRange(entry) : HOST_PATTERN.test(entry);
    if (!ok) {
      throw new KgError(
        'INVALID_ARGUMENT',
        `${where}: "${entry.slice(0, 100)}" is not a host name, an IP address or a CIDR range (like 10.0.0.0/8).`,
      );
    }
  }
  return entries;
}

/** A policy compiled for checking. */
export interface UrlGuard {
  /**
   * The addresses of the URL's host, each checked: resolved (or the literal address), refused
   * with URL_FORBIDDEN when any of them is not public and not allowed. These are the addresses
   * to connect to.
   */
  check(url: URL): Promise<ResolvedAddress[]>;
}

/** The host of a URL as a name or address, without IPv6 brackets. */
function bareHost(url: URL): string {
  const host = url.hostname.toLowerCase();
  return host.startsWith('[') ? host.slice(1, -1) : host.replace(/\.$/, '');
}

/** Compiles a policy; `resolve` looks host names up (the system resolver by default). */
export function createUrlGuard(
  policy: UrlPolicy = PUBLIC_ONLY,
  resolve: HostResolver = systemResolver,
): UrlGuard {
  const ranges: Range[] = [];
  const hosts: string[] = [];
  const suffixes: string[] = [];
  for (const entry of policy.allow) {
    const asRange = entry.includes('/') || isIP(entry) ? parseRange(entry) : undefined;
    if (asRange) ranges.push(asRange);
    else if (entry.startsWith('*.')) suffixes.push(entry.slice(1).toLowerCase());
    else hosts.push(entry.toLowerCase());
  }
  const hostAllowed = (host: string): boolean =>
    hosts.includes(host) || suffixes.some((suffix) => host.endsWith(suffix));
  const addressAllowed = (address: string): boolean => {
    const ip = parseIp(address);
    return ip !== undefined && ranges.some((r) => inRange(ip, r));
  };

  return {
    async check(url) {
      const host = bareHost(url);
      const literal = parseIp(host);
      let addresses: ResolvedAddress[];
      if (literal) {
        addresses = [{ address: host, family: literal.family }];
      } else {
        try {
          addresses = await resolve(host);
        } catch (err) {
          const code = (err as { code?: string }).code;
          const reason =
            code === 'ENOTFOUND' ? 'host not found' : `host name lookup failed (${code ?? err})`;
          throw new KgError('FETCH_ERROR', `extract: ${url.href}: ${reason}, skipped.`, {
            cause: err,
          });
        }
        if (addresses.length === 0) {
          throw new KgError('FETCH_ERROR', `extract: ${url.href}: host not found, skipped.`);
        }
      }
      if (policy.allowPrivate || hostAllowed(host)) return addresses;
      for (const { address } of addresses) {
        const what = forbiddenAddressClass(address);
        if (what && !addressAllowed(address)) {
          const named = literal ? address : `${host} resolves to ${address},`;
          throw new KgError(
            'URL_FORBIDDEN',
            `extract: ${url.href}: ${literal ? `${named} is` : named} ${what}; not fetched unless allowed (--url-allow), skipped.`,
          );
        }
      }
      return addresses;
    },
  };
}

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | { address: string; family: number }[],
  family?: number,
) => void;

/**
 * A `lookup` for `http.request` that answers with the addresses already checked, so the
 * connection goes where the guard looked, whatever DNS says a moment later.
 */
export function pinnedLookup(addresses: readonly ResolvedAddress[]) {
  return (
    _hostname: string,
    options: { all?: boolean; family?: number | string } | number,
    callback: LookupCallback,
  ): void => {
    const wanted = typeof options === 'object' ? Number(options.family) || 0 : options;
    const usable = addresses.filter((a) => wanted === 0 || a.family === wanted);
    const first = usable[0];
    if (!first) {
      const err: NodeJS.ErrnoException = new Error('no address of the family asked for');
      err.code = 'ENOTFOUND';
      callback(err, '');
      return;
    }
    if (typeof options === 'object' && options.all) {
      callback(
        null,
        usable.map((a) => ({ address: a.address, family: a.family })),
      );
    } else {
      callback(null, first.address, first.family);
    }
  };
}
