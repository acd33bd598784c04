/** Flags and environment for serving: flags win over environment, which wins over defaults. */
import { describe, expect, it } from 'vitest';
import { resolveServeOptions } from './options.js';
import { DEFAULT_SETTINGS, resolveSettings } from './settings.js';

describe('resolveServeOptions', () => {
  const cases: [string[], Record<string, string>, object][] = [
    [[], {}, { settings: {}, seed: [] }],
    [['--port', '8080'], { KG_PORT: '9000' }, { settings: { port: 8080 }, seed: [] }],
    [
      [],
      { KG_PORT: '9000', KG_DB: '/tmp/a.db', KG_HOST: '0.0.0.0' },
      {
        settings: { port: 9000, db: '/tmp/a.db', host: '0.0.0.0' },
        seed: [],
      },
    ],
    [
      ['--db', 'b.db', '--seed', 'data', '--seed', 'more.txt'],
      { KG_DB: 'a.db' },
      {
        settings: { db: 'b.db' },
        seed: ['data', 'more.txt'],
      },
    ],
    [['-p', '0'], { KG_PORT: '' }, { settings: { port: 0 }, seed: [] }],
    [['--readers', '0'], {}, { settings: { storeReaders: 0 }, seed: [] }],
    [
      ['--jobs', '3', '--time-limit', '2.5', '--memory-limit', '512'],
      {},
      {
        settings: { extractJobs: 3, extractTimeLimitMs: 2500, extractMemoryLimitMb: 512 },
        seed: [],
      },
    ],
    [
      ['--url-allow', 'Intranet.example,10.0.0.0/8', '--url-allow', '::1'],
      { KG_URL_ALLOW: '192.168.0.0/16' },
      { settings: { urlAllow: ['intranet.example', '10.0.0.0/8', '::1'] }, seed: [] },
    ],
    [
      [],
      { KG_URL_ALLOW: '*.corp.example', KG_ALLOW_PRIVATE_URLS: '1' },
      { settings: { urlAllow: ['*.corp.example'], allowPrivateUrls: true }, seed: [] },
    ],
    [
      ['--allow-private-urls'],
      { KG_ALLOW_PRIVATE_URLS: '0' },
      { settings: { allowPrivateUrls: true }, seed: [] },
    ],
  ];
  it.each(cases)('%j with %j', (argv, env, expected) => {
    expect(resolveServeOptions(argv, env)).toEqual(expected);
  });

  const bad: [string[], Record<string, string>, RegExp][] = [
    [['--port=-1'], {}, /--port "-1"/],
    [[], { KG_PORT: 'http' }, /KG_PORT "http"/],
    [['--host', 'a b'], {}, /--host "a b"/],
    [['stray'], {}, /serve: /],
    [['--jobs', '0'], {}, /--jobs "0"/],
    [['--readers=-1'], {}, /--readers "-1"/],
    [['--time-limit=-1'], {}, /--time-limit "-1"/],
    [['--memory-limit', '64'], {}, /--memory-limit "64"/],
    [['--url-allow', '10.0.0.0/40'], {}, /serve: --url-allow: "10.0.0.0\/40" is not a host name/],
    [[], { KG_URL_ALLOW: 'http://x' }, /serve: KG_URL_ALLOW: "http:\/\/x" is not/],
    [[], { KG_ALLOW_PRIVATE_URLS: 'maybe' }, /KG_ALLOW_PRIVATE_URLS "maybe" is invalid/],
  ];
  it.each(bad)('refuses %j %j', (argv, env, message) => {
    expect(() => resolveServeOptions(argv, env)).toThrow(message);
  });
});

describe('resolveSettings', () => {
  it('fills what is unset, keeping what is set', () => {
    const settings = resolveSettings({ port: 1234, host: undefined });
    expect(settings.port).toBe(1234);
    expect(settings.host).toBe(DEFAULT_SETTINGS.host);
    expect(settings.jsonLimitBytes).toBe(5 * 1024 * 1024);
  });
});
