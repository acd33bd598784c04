/**
 * Browser harness: Debian's Chromium driven by playwright-core, headless. A missing browser or
 * viewer build fails the suite with a message saying how to get it, never a silent skip.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const VIEWER_DIST = fileURLToPath(new URL('../../packages/viewer/dist', import.meta.url));

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `browser tests: Chromium is not installed at ${CHROMIUM}. ` +
        'Install it with "apt-get update && apt-get install -y chromium" (.ci/run does this).',
    );
  }
  if (!existsSync(`${VIEWER_DIST}/index.html`)) {
    throw new Error(
      `browser tests: the viewer is not built (${VIEWER_DIST}/index.html is missing). ` +
        'Run "pnpm build" or "pnpm --filter @kg/viewer build" first.',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
