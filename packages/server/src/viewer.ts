/**
 * Serves the built viewer (`packages/viewer/dist`) at `/`, with `index.html` for any other
 * non-API path without a file extension, so shared view URLs open. Whether the viewer is built
 * is checked per request, so building it while the server runs is enough; until then `/` says
 * how to build it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express from 'express';
import type { Router } from 'express';

const NOT_BUILT =
  'kg: the viewer is not built. Run "pnpm build" (or "pnpm --filter @kg/viewer build") and ' +
  'reload; the API is up at /api/health.\n';

export function viewerRouter(viewerDir: string): Router {
  const router = express.Router();
  const index = join(viewerDir, 'index.html');
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
    if (!existsSync(index)) {
      res.status(503).type('text/plain').send(NOT_BUILT);
      return;
    }
    res.set('Cache-Control', 'no-cache').sendFile(index);
  });
  return router;
}
