/**
 * The built site served as plain files on 127.0.0.1, as a static host serves it, for
 * the browser that prints the binder and for Lighthouse in the benchmark: a folder
 * answers with its index.html, an unknown path with 404.html and status 404, and text
 * can be gzip-compressed when the browser asks (as GitHub Pages and every CDN do), so
 * Lighthouse measures the transfer a cook's phone makes. It answers only requests
 * addressed to itself (a web page elsewhere cannot reach it through DNS rebinding),
 * only GET and HEAD, and only files inside the site's folder.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createGzip } from 'node:zlib';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.pdf': 'application/pdf',
};
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|xml|javascript)|image\/svg\+xml)/;

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** "/" or "/binder/", as the site was built with BASE_PATH. */
  readonly basePath?: string | undefined;
  /** 0 (the default): a port the system picks. */
  readonly port?: number | undefined;
  /** Compress text for browsers that ask, as a real host does. */
  readonly gzip?: boolean | undefined;
}

/** Serves `root` until closed; resolves once it listens. */
export async function serveStaticSite(root: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const basePath = options.basePath ?? '/';
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  let ownHost = '';
  const server = createServer((req, res) => {
    void answer(req, res).catch(() => send(res, 500, 'server error'));
  });

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.headers.host !== ownHost) return send(res, 421, 'this server answers only its own address');
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'read-only');
    const found = await fileFor(root, base, req.url ?? '/');
    const notFound = path.join(root, '404.html');
    const file = found ?? ((await isFile(notFound)) ? notFound : undefined);
    if (!file) return send(res, 404, 'not found');
    const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    const gzip = options.gzip === true && COMPRESSIBLE.test(type) && String(req.headers['accept-encoding'] ?? '').includes('gzip');
    res.writeHead(found ? 200 : 404, {
      'content-type': type,
      'cache-control': 'no-cache',
      vary: 'accept-encoding',
      ...(gzip && { 'content-encoding': 'gzip' }),
    });
    if (req.method === 'HEAD') return void res.end();
    const stream = createReadStream(file);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  ownHost = `127.0.0.1:${port}`;
  return {
    origin: `http://${ownHost}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The file a request path names inside `root`, or undefined; a folder means its index.html. */
export async function fileFor(root: string, base: string, requestUrl: string): Promise<string | undefined> {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl, 'http://x').pathname);
  } catch {
    return undefined;
  }
  if (!pathname.startsWith(base) || pathname.includes('\0')) return undefined;
  const candidate = path.resolve(root, `.${path.posix.normalize(`/${pathname.slice(base.length)}`)}`);
  if (candidate !== path.resolve(root) && !candidate.startsWith(path.resolve(root) + path.sep)) return undefined;
  for (const file of [candidate, path.join(candidate, 'index.html')]) {
    if (await isFile(file)) return file;
  }
  return undefined;
}

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isFile() ?? false;
}

function send(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}
