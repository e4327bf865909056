/**
 * A built site served as plain files by a server a test controls, so the test can
 * "deploy" a new version: after `redeploy()`, sw.js differs, as it does after a real
 * deployment. Every version answers the message "deployment?" with its number (0 for
 * the first), so a test can tell which one controls the page. Needed because the browser fetches a service worker's
 * script itself, past Playwright's routing (`context.route` never sees the update check).
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

export interface DeployableSite {
  /** The site's address, base path included, with a trailing slash. */
  readonly url: string;
  /** The next request for sw.js gets a changed file, as after a deployment. */
  redeploy(): void;
  close(): Promise<void>;
}

/**
 * Serves `dist` on a free port of 127.0.0.1, under `base` (the build's BASE_PATH, "/" by
 * default): `dir/` is `dir/index.html`, anything missing the 404 page.
 */
export async function serveDeployableSite(dist: string, base = '/'): Promise<DeployableSite> {
  let deployments = 0;
  const server = createServer((request, response) => {
    void (async () => {
      const requested = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      // The path inside the site, from its leading slash; null outside the base path.
      const pathname = requested.startsWith(base) ? requested.slice(base.length - 1) : null;
      let file = pathname === null ? dist : path.join(dist, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
      let status = 200;
      if (!file.startsWith(dist + path.sep) || !(await stat(file).then((s) => s.isFile(), () => false))) {
        file = path.join(dist, '404.html');
        status = 404;
      }
      let body: Buffer | string = await readFile(file);
      if (pathname === '/sw.js') body = `${body.toString('utf8')}\n${deploymentMarker(deployments)}\n`;
      response.writeHead(status, { 'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    })().catch(() => {
      response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('the test server has no port');
  return {
    url: `http://127.0.0.1:${address.port}${base}`,
    redeploy: () => void deployments++,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** What each deployment's sw.js gains: an answer to "deployment?" from the page it controls. */
function deploymentMarker(deployment: number): string {
  return `self.addEventListener('message', (event) => { if (event.data === 'deployment?') event.source?.postMessage({ deployment: ${deployment} }); });`;
}
