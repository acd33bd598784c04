/**
 * The API as the viewer's page sees it, in Chromium: a bad request gets a 400 with a code (and
 * the envelope the viewer shows), and the Content-Security-Policy the server sends stops script
 * injected into the page while the viewer's own scripts and layout worker run.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../api/harness.js';
import { launchBrowser, VIEWER_DIST } from './browser.js';

let server: TestServer;
let browser: Browser;
let page: Page;
const violations: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startTestServer({ viewerDir: VIEWER_DIST });
  page = await browser.newPage();
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(`${server.base}/`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('API errors in the browser', () => {
  const cases: [string, RequestInit | undefined, number, string][] = [
    ['/api/graph?types=NOT_A_TYPE', undefined, 400, 'INVALID_ARGUMENT'],
    ['/api/search?q=', undefined, 400, 'INVALID_ARGUMENT'],
    [
      '/api/documents',
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":' },
      400,
      'PARSE_ERROR',
    ],
    ['/api/entities/gpe%3Aatlantis', undefined, 404, 'NOT_FOUND'],
  ];
  it.each(cases)('%s → %i %s', async (path, init, status, code) => {
    const result = await page.evaluate(
      async ([url, options]) => {
        const res = await fetch(url, options);
        return { status: res.status, body: (await res.json()) as unknown };
      },
      [path, init ?? {}] as const,
    );
    expect(result.status).toBe(status);
    expect(result.body).toEqual({ error: { code, message: expect.any(String) } });
  });
});

describe('Content-Security-Policy', () => {
  it('blocks inline and injected script while the viewer runs', async () => {
    const ran = await page.evaluate(async () => {
      const inline = document.createElement('script');
      inline.textContent = 'window.__injected = 1;';
      document.body.append(inline);
      const img = document.createElement('img');
      img.setAttribute('src', 'x');
      img.setAttribute('onerror', 'window.__injected = 2;');
      document.body.append(img);
      await new Promise((resolve) => setTimeout(resolve, 300));
      return (window as unknown as { __injected?: number }).__injected ?? 0;
    });
    expect(ran).toBe(0);
    expect(violations.some((v) => /script-src/.test(v))).toBe(true);
    expect(await page.evaluate(() => document.documentElement.dataset.ready)).toBe('true');
  });
});
