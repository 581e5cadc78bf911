import type { RequestHandler, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';

/**
 * The dashboard's build, served for a fast first screen on the intranet:
 * - files under /assets/ carry a content hash in their name, so they are cached for a year and marked immutable;
 * - the build writes brotli and gzip copies beside each asset (vite-plugin-compression2), served by content
 *   negotiation (brotli first), so nothing is compressed per request;
 * - the HTML pages are never cached, so a new build is picked up on the next visit.
 */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const NO_CACHE = 'no-cache';

export function dashboardAssets(dir: string): RequestHandler {
  const serve = expressStaticGzip(dir, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: {
      index: false,
      // serve-static's own Cache-Control is replaced below, per kind of file.
      cacheControl: false,
      setHeaders: (res, path) => {
        const file = path.replaceAll('\\', '/');
        if (file.includes('/assets/')) res.setHeader('Cache-Control', IMMUTABLE);
        else if (/\.html(\.(br|gz))?$/.test(file)) res.setHeader('Cache-Control', NO_CACHE);
        else res.setHeader('Cache-Control', 'public, max-age=3600');
      },
    },
  }) as RequestHandler;
  // A path that does not decode (`/%E0%A4%A`) goes on to the router, whose 400 is the server's own JSON answer.
  return (req, res, next) => {
    try {
      decodeURIComponent(req.path);
    } catch {
      return next();
    }
    return serve(req, res, next);
  };
}

/** An HTML page of the dashboard (the single page behind every client route, GraphiQL): always revalidated. */
export function sendPage(res: Response, file: string) {
  res.setHeader('Cache-Control', NO_CACHE);
  res.sendFile(file);
}
