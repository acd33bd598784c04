/**
 * Serves the built viewer (`packages/viewer/dist`) at `/`, with `index.html` for any other
 * non-API path so shared view URLs open. When the viewer is not built, `/` says how to build it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express from 'express';
import type { Router } from 'express';

export function viewerRouter(viewerDir: string): Router {
  const router = express.Router();
  const index = join(viewerDir, 'index.html');
  if (!existsSync(index)) {
    router.get('/', (_req, res) => {
      res
        .status(503)
        .type('text/plain')
        .send(
          `kg: the viewer is not built (no ${index}).\n` +
            'Run "pnpm build" (or "pnpm --filter @kg/viewer build"); the API is up at /api/health.\n',
        );
    });
    return router;
  }
  router.use(
    express.static(viewerDir, {
      index: 'index.html',
      setHeaders: (res, path) => {
        // Hashed assets may be cached; the page itself must pick up a rebuilt viewer.
        res.setHeader(
          'Cache-Control',
          path.endsWith('.html') ? 'no-cache' : 'public, max-age=3600',
        );
      },
    }),
  );
  router.get(/^\/(?!api\/).*/, (req, res, next) => {
    if (req.path.includes('.')) {
      next();
      return;
    }
    res.sendFile(index);
  });
  return router;
}
