import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isKgError } from '@kg/schema';
import { fetchDocument, MAX_REDIRECTS } from './fetch.js';
import type { FetchOptions } from './fetch.js';
import { forbiddenAddressClass, parseUrlAllow } from './url-guard.js';
import type { HostResolver, ResolvedAddress } from './url-guard.js';

describe('forbiddenAddressClass', () => {
  const cases: [address: string, expected: string | undefined][] = [
    ['127.0.0.1', 'a loopback address'],
    ['127.255.0.9', 'a loopback address'],
    ['10.1.2.3', 'a private address'],
    ['172.16.0.1', 'a private address'],
    ['172.31.255.255', 'a private address'],
    ['192.168.1.1', 'a private address'],
    ['169.254.169.254', 'a link-local address'],
    ['100.64.0.1', 'a shared (carrier-grade NAT) address'],
    ['100.127.255.254', 'a shared (carrier-grade NAT) address'],
    ['0.0.0.0', 'an unspecified ("this network") address'],
    ['224.0.0.1', 'a multicast address'],
    ['239.255.255.250', 'a multicast address'],
    ['255.255.255.255', 'a reserved or broadcast address'],
    ['198.18.0.1', 'a benchmarking address'],
    ['::', 'the unspecified address'],
    ['::1', 'a loopback address'],
    ['fc00::1', 'a unique-local address'],
    ['fd12:3456::1', 'a unique-local address'],
    ['fe80::1', 'a link-local address'],
    ['fe80::1%eth0', 'a link-local address'],
    ['febf::1', 'a link-local address'],
    ['ff02::1', 'a multicast address'],
    ['::ffff:127.0.0.1', 'a loopback address'],
    ['::ffff:7f00:1', 'a loopback address'],
    ['::ffff:a9fe:a9fe', 'a link-local address'],
    ['::ffff:10.0.0.1', 'a private address'],
    ['64:ff9b::a00:1', 'a private address'],
    ['2002:c0a8:101::1', 'a private address'],
    ['::127.0.0.1', 'an IPv4-compatible (deprecated) address'],
    // Public: fetched.
    ['93.184.216.34', undefined],
    ['8.8.8.8', undefined],
    ['172.32.0.1', undefined],
    ['100.128.0.1', undefined],
    ['2606:4700::1111', undefined],
    ['::ffff:8.8.8.8', undefined],
    ['64:ff9b::808:808', undefined],
  ];
  it.each(cases)('%s is %s', (address, expected) => {
    expect(forbiddenAddressClass(address)).toBe(expected);
  });
});

describe('parseUrlAllow', () => {
  it('reads host names, wildcards, addresses and ranges, lower-cased', () => {
    expect(parseUrlAllow(' Intranet.Example, *.corp.example,10.0.0.0/8,::1, fd00::/8 ,')).toEqual([
      'intranet.example',
      '*.corp.example',
      '10.0.0.0/8',
      '::1',
      'fd00::/8',
    ]);
  });

  const bad: [string, string][] = [
    ['10.0.0.0/33', '"10.0.0.0/33"'],
    ['10.0.0/8', '"10.0.0/8"'],
    ['http://x.example', '"http://x.example"'],
    ['a b', '"a b"'],
    ['*', '"*"'],
  ];
  it.each(bad)('refuses %s by name', (spec, named) => {
    expect(() => parseUrlAllow(spec, '--url-allow')).toThrow(
      `--url-allow: ${named} is not a host name, an IP address or a CIDR range (like 10.0.0.0/8).`,
    );
  });
});

describe('fetchDocument behind the URL guard', () => {
  const PAGE =
    '<html><head><title>Inside</title></head><body><p>Iran sent drones.</p></body></html>';
  let server: Server;
  let port = 0;
  /** Requests the test server answered: a refused URL must not reach it at all. */
  const hits: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      const path = req.url ?? '/';
      hits.push(`${req.headers.host ?? ''}${path}`);
      if (path === '/article') {
        res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
      } else if (path === '/gzip') {
        res
          .writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' })
          .end(gzipSync(PAGE));
      } else if (path.startsWith('/to/')) {
        // /to/HOST: a redirect to the article on HOST, this port.
        const host = path.slice('/to/'.length);
        res.writeHead(302, { location: `http://${host}:${port}/article` }).end();
      } else if (path === '/loop') {
        res.writeHead(307, { location: '/loop' }).end();
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  /** A DNS of the test's own: names that look public, all answering with the local server. */
  function resolver(names: Record<string, string[]>, calls: string[] = []): HostResolver {
    return async (hostname) => {
      calls.push(hostname);
      const addresses = names[hostname];
      if (!addresses) throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
      return addresses.map((address): ResolvedAddress => ({
        address,
        family: address.includes(':') ? 6 : 4,
      }));
    };
  }

  async function outcome(url: string, options: FetchOptions): Promise<string> {
    try {
      const doc = await fetchDocument(url, options);
      return `fetched ${doc.url}`;
    } catch (err) {
      if (isKgError(err)) return `${err.code}: ${err.message}`;
      throw err;
    }
  }

  const literal: [what: string, url: string][] = [
    ['loopback', 'http://127.0.0.1:PORT/article'],
    ['loopback written in hex', 'http://0x7f.0.0.1:PORT/article'],
    ['loopback written as one number', 'http://2130706433:PORT/article'],
    ['IPv6 loopback', 'http://[::1]:PORT/article'],
    ['IPv4-mapped IPv6 loopback', 'http://[::ffff:127.0.0.1]:PORT/article'],
    ['cloud metadata (link-local)', 'http://169.254.169.254/latest/meta-data/'],
    ['private 10/8', 'http://10.0.0.1/'],
    ['private 172.16/12', 'http://172.20.1.1/'],
    ['private 192.168/16', 'http://192.168.0.1/'],
    ['CGNAT 100.64/10', 'http://100.64.1.1/'],
    ['the unspecified address', 'http://0.0.0.0:PORT/article'],
    ['the IPv6 unspecified address', 'http://[::]:PORT/article'],
    ['multicast', 'http://224.0.0.251/'],
    ['unique-local IPv6', 'http://[fd00::1]/'],
    ['link-local IPv6', 'http://[fe80::1]/'],
    ['IPv4-mapped IPv6 metadata', 'http://[::ffff:a9fe:a9fe]/'],
  ];
  it.each(literal)('refuses %s before connecting', async (_what, template) => {
    const before = hits.length;
    const url = template.replace('PORT', String(port));
    expect(await outcome(url, {})).toMatch(
      /^URL_FORBIDDEN: extract: http:\/\/\S+: \S+ is (an?|the) [a-z -]+.*address; not fetched unless allowed \(--url-allow\), skipped\.$/,
    );
    expect(hits.length).toBe(before);
  });

  it('refuses a host name that resolves to a private address, naming both', async () => {
    const resolve = resolver({ 'metadata.example': ['169.254.169.254'] });
    expect(await outcome('http://metadata.example/latest/', { resolve })).toBe(
      'URL_FORBIDDEN: extract: http://metadata.example/latest/: metadata.example resolves to 169.254.169.254, a link-local address; not fetched unless allowed (--url-allow), skipped.',
    );
  });

  it('refuses a host name when any of its addresses is private', async () => {
    const resolve = resolver({ 'mixed.example': ['93.184.216.34', '10.0.0.8'] });
    expect(await outcome('http://mixed.example/', { resolve })).toMatch(
      /^URL_FORBIDDEN: .*mixed\.example resolves to 10\.0\.0\.8, a private address/,
    );
  });

  it('fetches what the allow list names: a host, a wildcard domain, a range', async () => {
    const resolve = resolver({
      'news.example': ['127.0.0.1'],
      'wire.corp.example': ['127.0.0.1'],
    });
    const byHost = { resolve, urlPolicy: { allowPrivate: false, allow: ['news.example'] } };
    expect(await outcome(`http://news.example:${port}/article`, byHost)).toBe(
      `fetched http://news.example:${port}/article`,
    );
    const byDomain = { resolve, urlPolicy: { allowPrivate: false, allow: ['*.corp.example'] } };
    expect(await outcome(`http://wire.corp.example:${port}/article`, byDomain)).toMatch(
      /^fetched /,
    );
    const byRange = { urlPolicy: { allowPrivate: false, allow: ['127.0.0.0/8'] } };
    expect(await outcome(`http://127.0.0.1:${port}/article`, byRange)).toMatch(/^fetched /);
    const other = { urlPolicy: { allowPrivate: false, allow: ['10.0.0.0/8', 'news.example'] } };
    expect(await outcome(`http://127.0.0.1:${port}/article`, other)).toMatch(/^URL_FORBIDDEN: /);
    const everything = { urlPolicy: { allowPrivate: true, allow: [] } };
    expect(await outcome(`http://127.0.0.1:${port}/gzip`, everything)).toMatch(/^fetched /);
  });

  it('checks every redirect hop: an allowed host cannot send the fetch to a private one', async () => {
    const names = { 'news.example': ['127.0.0.1'], 'internal.example': ['127.0.0.1'] };
    const firstHopOnly = { allowPrivate: false, allow: ['news.example'] };
    const before = hits.length;
    // To a private host name, and to a private literal address.
    expect(
      await outcome(`http://news.example:${port}/to/internal.example`, {
        resolve: resolver(names),
        urlPolicy: firstHopOnly,
      }),
    ).toBe(
      `URL_FORBIDDEN: extract: http://internal.example:${port}/article: internal.example resolves to 127.0.0.1, a loopback address; not fetched unless allowed (--url-allow), skipped.`,
    );
    expect(
      await outcome(`http://news.example:${port}/to/127.0.0.1`, {
        resolve: resolver(names),
        urlPolicy: firstHopOnly,
      }),
    ).toMatch(
      /^URL_FORBIDDEN: extract: http:\/\/127\.0\.0\.1:\d+\/article: 127\.0\.0\.1 is a loopback/,
    );
    // The first hops were served, the second never reached.
    expect(hits.slice(before)).toEqual([
      `news.example:${port}/to/internal.example`,
      `news.example:${port}/to/127.0.0.1`,
    ]);
    // The same redirect with the second host allowed too does arrive: the hop is real.
    expect(
      await outcome(`http://news.example:${port}/to/internal.example`, {
        resolve: resolver(names),
        urlPolicy: { allowPrivate: false, allow: ['news.example', 'internal.example'] },
      }),
    ).toBe(`fetched http://internal.example:${port}/article`);
  });

  it('connects to the address it checked, not to a second DNS answer', async () => {
    // A rebinding DNS: the first answer is allowed, any later one points elsewhere.
    const calls: string[] = [];
    let answers = 0;
    const rebinding: HostResolver = async (hostname) => {
      calls.push(hostname);
      answers++;
      return [{ address: answers === 1 ? '127.0.0.1' : '192.0.2.1', family: 4 }];
    };
    const doc = await fetchDocument(`http://rebind.example:${port}/article`, {
      resolve: rebinding,
      urlPolicy: { allowPrivate: false, allow: ['127.0.0.1'] },
      timeoutMs: 2000,
    });
    expect(doc.title).toBe('Inside');
    expect(calls).toEqual(['rebind.example']);
  });

  it('gives up after too many redirects', async () => {
    const options = { urlPolicy: { allowPrivate: false, allow: ['127.0.0.1'] } };
    const before = hits.length;
    expect(await outcome(`http://127.0.0.1:${port}/loop`, options)).toBe(
      `FETCH_ERROR: extract: http://127.0.0.1:${port}/loop: more than ${MAX_REDIRECTS} redirects, skipped.`,
    );
    expect(hits.length - before).toBe(MAX_REDIRECTS + 1);
  });

  it('reads a gzip body', async () => {
    const doc = await fetchDocument(`http://127.0.0.1:${port}/gzip`, {
      urlPolicy: { allowPrivate: false, allow: ['127.0.0.1'] },
    });
    expect(doc.text).toBe(PAGE);
  });
});
