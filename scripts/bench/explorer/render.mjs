/**
 * First render in headless Chromium (Debian's /usr/bin/chromium through playwright-core):
 * a fresh browser context per load, and one init script for both sides that records
 * `performance.now()` (ms since navigation start) the moment the page says it drew — a
 * `data-ready` attribute appearing anywhere, or `window.__kg.ready` becoming true (or resolving).
 */
/* global window, document, requestAnimationFrame, MutationObserver */

export const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launches headless Chromium through playwright-core (a root devDependency). */
export async function launchBrowser() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

function recordReady(signal) {
  // Ready = the page's own signal; drawn = the second animation frame after it, i.e. once the
  // frame holding the first render has been produced (with software WebGL the canvas commit
  // of a large graph can take longer than building the scene).
  const mark = () => {
    if (window.__benchReadyAt !== undefined) return;
    window.__benchReadyAt = performance.now();
    requestAnimationFrame(() =>
      requestAnimationFrame(() => (window.__benchDrawnAt = performance.now())),
    );
  };
  // Layout stable: the page says so (`data-layout="done"`), or it never runs one.
  const layout = () => {
    if (window.__benchLayoutAt === undefined && document.querySelector('[data-layout="done"]'))
      window.__benchLayoutAt = performance.now();
  };
  new MutationObserver(() => {
    if (document.querySelector(`[${signal}]`)) mark();
    layout();
  }).observe(document, {
    attributes: true,
    attributeFilter: [signal, 'data-layout'],
    subtree: true,
    childList: true,
  });
  let watching = false;
  const poll = () => {
    const ready = window.__kg?.ready;
    if (ready === true) return mark();
    if (ready && typeof ready.then === 'function' && !watching) {
      watching = true;
      ready.then(mark, () => undefined);
    }
    if (window.__benchReadyAt === undefined) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

/**
 * Loads `url` in a fresh context and resolves with `{ ms, readyMs, graphUrl, error }`: the drawn
 * and ready times,
 * and the first `/api/graph` request the page made (so the baseline can serve the same JSON).
 */
export async function firstRender(
  browser,
  url,
  { timeoutMs = 300_000, signal = 'data-ready', waitLayout = false } = {},
) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  let graphUrl;
  page.on('request', (request) => {
    const u = new URL(request.url());
    if (!graphUrl && u.pathname === '/api/graph') graphUrl = u.pathname + u.search;
  });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.addInitScript(recordReady, signal);
    await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    await page.waitForFunction(() => window.__benchDrawnAt !== undefined, undefined, {
      timeout: timeoutMs,
      polling: 100,
    });
    if (waitLayout) {
      await page.waitForFunction(() => window.__benchLayoutAt !== undefined, undefined, {
        timeout: timeoutMs,
        polling: 100,
      });
    }
    const { readyMs, ms, layoutMs, state } = await page.evaluate(() => ({
      readyMs: window.__benchReadyAt,
      ms: window.__benchDrawnAt,
      layoutMs: window.__benchLayoutAt,
      state: document.querySelector('[data-ready]')?.getAttribute('data-ready'),
    }));
    if (state === 'error') return { error: 'the page reported data-ready="error"', graphUrl };
    return { ms, readyMs, layoutMs, graphUrl };
  } catch (error) {
    return {
      error: errors[0] ?? (error instanceof Error ? error.message.split('\n')[0] : String(error)),
      graphUrl,
    };
  } finally {
    await context.close();
  }
}
