/**
 * The local editor's backend: Decap's own git proxy (`decap-server`, MODE=git), run
 * against the isolated clone, behind a small front server that
 * - answers only requests addressed to this machine from the binder's own pages,
 * - refuses writes outside the binder's folders,
 * - brings the clone up to date with the user's branch before each request,
 * - hands proposal branches and publishes back to the user's repository after each write,
 * - runs one request at a time, so the clone never sees two git operations at once.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { loadCanonicalForm } from '../binder/canonical-form.ts';
import { discoverLayers, ownLayer } from '../binder/layers/discover-layers.ts';
import { freePort } from '../net/free-port.ts';
import { BASE_LAYER, LAYERS_FOLDER } from '../schemas/layer.ts';
import { git } from '../binder/git.ts';
import { AcceptRefusedError, prepareLocalAcceptance } from '../governance/accept.ts';
import { NoRulesInForceError } from '../governance/proposal-verdict.ts';
import { canonicalProposalText } from './canonical-proposal.ts';
import { deliverToUser, openProposalRepo, syncFromUser, type ProposalRepo } from './proposal-repo.ts';
import { refuseRequestOrigin, refuseWrite, WRITING_ACTIONS, type ProxyRequest } from './request-guard.ts';

/** Where Decap's `local_backend` setting points; keep in step with cms/config.ts. */
export const LOCAL_PROXY_PORT = 8081;
/** Where `astro dev` serves the binder, and so the editor at /admin/, unless told otherwise. */
export const DEV_SERVER_PORT = 4321;
const MAX_BODY_BYTES = 50 * 1024 * 1024;

export interface LocalProxyOptions {
  /** The user's repository (the project root). */
  readonly projectRoot: string;
  /** The branch proposals are made against (content/site.yaml `branch`). */
  readonly branch: string;
  /** Port to listen on, on 127.0.0.1 only. */
  readonly port?: number;
  /** Where progress and warnings go. */
  readonly log?: (line: string) => void;
  /** The origins of the pages serving the editor; only they may call. Defaults to the dev server's. */
  readonly allowedOrigins?: readonly string[];
}

/** The origins a binder served on this machine at `port` has. */
export function binderOrigins(port: number): string[] {
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`];
}

export interface LocalProxy {
  readonly repo: ProposalRepo;
  readonly url: string;
  close(): Promise<void>;
}

/** Starts the isolated local backend; resolves once it answers. */
export async function startLocalProxy(options: LocalProxyOptions): Promise<LocalProxy> {
  const log = options.log ?? ((line: string) => console.log(line));
  const repo = await openProposalRepo(options.projectRoot, options.branch);
  const decap = await startDecapServer(repo.workRepo);
  const canonical = await loadCanonicalForm();
  // In a fork, the editor writes into its own layer and never into upstream's content/.
  const { layers } = await discoverLayers(path.join(options.projectRoot, 'content'), (absolute) => absolute);
  const own = ownLayer(layers);
  const binderFolder = own.name === BASE_LAYER ? BASE_LAYER : `${LAYERS_FOLDER}/${own.name}`;
  const allowedOrigins = options.allowedOrigins ?? binderOrigins(DEV_SERVER_PORT);
  let queue: Promise<unknown> = Promise.resolve();
  /** The port this server listens on, once it does (port 0 picks one); until then nothing is let in. */
  let ownPort = -1;

  const server = createServer((req, res) => {
    const turn = queue.then(() => handle(req, res));
    queue = turn.catch(() => undefined);
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      // Before anything else: a page reaching this port through DNS rebinding must not get to git.
      const stranger = refuseRequestOrigin({ method: req.method, host: req.headers.host, origin: req.headers.origin }, ownPort, allowedOrigins);
      if (stranger) {
        log(`proposals: ${stranger}`);
        return reply(res, req, 403, { error: stranger });
      }
      const body = await readBody(req);
      let parsed: ProxyRequest = {};
      if (req.method === 'POST' && body.length > 0) {
        try {
          parsed = JSON.parse(body.toString('utf8')) as ProxyRequest;
        } catch {
          return reply(res, req, 400, { error: 'the request body is not JSON' });
        }
        const refusal = WRITING_ACTIONS.has(String(parsed.action)) ? refuseWrite(parsed, binderFolder) : undefined;
        if (refusal) {
          log(`proposals: ${refusal}`);
          return reply(res, req, 422, { error: refusal });
        }
        await syncFromUser(repo);
        // Publishing is accepting: the same rules as `npm run accept`, and the same trailers.
        if (parsed.action === 'publishUnpublishedEntry') return await publishAccepted(parsed, req, res);
      }
      const outgoing = parsed.action === 'persistEntry' ? Buffer.from(JSON.stringify(canonicalised(parsed))) : body;
      const answer = await forward(decap.port, req, outgoing);
      if (answer.status < 300 && WRITING_ACTIONS.has(String(parsed.action))) {
        const delivery = await deliverToUser(repo);
        if (delivery.published) log(`proposals: published into ${repo.branch}`);
        if (delivery.warning) log(`proposals: ${delivery.warning}`);
      }
      res.writeHead(answer.status, withAllowedOrigin(answer.headers));
      res.end(answer.body);
    } catch (error) {
      log(`proposals: ${(error as Error).message}`);
      reply(res, req, 500, { error: (error as Error).message });
    }
  }

  /**
   * The editor's Publish: judged under the rules in force, with the reviews recorded in
   * the user's repository (`npm run review`); refused with what is missing (the editor
   * shows "Failed to publish: …"), else merged in the isolated clone as Decap's proxy
   * would, but with the acceptance trailers, and handed back to the user.
   */
  async function publishAccepted(request: ProxyRequest, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { collection, slug } = request.params ?? {};
    if (typeof collection !== 'string' || typeof slug !== 'string') return reply(res, req, 422, { error: 'publishing needs the collection and the slug of the proposal' });
    const branch = `cms/${collection}/${slug}`;
    let message: string;
    try {
      ({ message } = await prepareLocalAcceptance(options.projectRoot, branch, repo.branch));
    } catch (error) {
      if (!(error instanceof AcceptRefusedError) && !(error instanceof NoRulesInForceError)) throw error;
      log(`proposals: not published: ${error.message.split('\n').join(' ')}`);
      return reply(res, req, 409, { error: error.message.replace(/\n\s*/g, ' ') });
    }
    await git(repo.workRepo, ['checkout', '--quiet', repo.branch]);
    await git(repo.workRepo, ['merge', '--quiet', '--no-ff', '-m', message, '--end-of-options', branch]);
    await git(repo.workRepo, ['branch', '--quiet', '-D', '--end-of-options', branch]);
    const delivery = await deliverToUser(repo);
    if (delivery.published) log(`proposals: published into ${repo.branch}`);
    if (delivery.warning) log(`proposals: ${delivery.warning}`);
    reply(res, req, 200, { message: `branch ${branch} merged to ${repo.branch}` });
  }

  /** Answers as JSON, letting the caller's page read it only when the page is the binder's own. */
  function reply(res: ServerResponse, req: IncomingMessage, status: number, body: unknown): void {
    res.writeHead(status, withAllowedOrigin({ 'content-type': 'application/json', 'access-control-allow-origin': req.headers.origin }));
    res.end(JSON.stringify(body));
  }

  /** Decap's proxy lets any localhost page read its answers; this backend lets only the binder's. */
  function withAllowedOrigin(headers: Answer['headers']): Answer['headers'] {
    const origin = headers['access-control-allow-origin'];
    if (typeof origin === 'string' && allowedOrigins.includes(origin)) return headers;
    const { 'access-control-allow-origin': _refused, ...rest } = headers;
    return rest;
  }

  /** The save with every entry file in canonical form. */
  function canonicalised(save: ProxyRequest): ProxyRequest {
    const files = save.params?.dataFiles;
    if (!Array.isArray(files)) return save;
    const dataFiles = files.map((file: { path?: unknown; raw?: unknown }) =>
      typeof file.path === 'string' && typeof file.raw === 'string' ? { ...file, raw: canonicalProposalText(canonical, file.path, file.raw, binderFolder) } : file,
    );
    return { ...save, params: { ...save.params, dataFiles } };
  }

  const port = options.port ?? LOCAL_PROXY_PORT;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  }).catch((error: NodeJS.ErrnoException) => {
    // Stop Decap's proxy too: left running, it kept the process alive after the failure.
    decap.child.kill();
    if (error.code !== 'EADDRINUSE') throw error;
    throw new Error(`port ${port} is already in use — stop whatever listens there (another \`npm start\`?): the editor looks for its backend on that port`);
  });
  ownPort = (server.address() as AddressInfo).port;
  const url = `http://localhost:${ownPort}/api/v1`;
  return {
    repo,
    url,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      decap.child.kill();
    },
  };
}

/** How long Decap's proxy may take to answer its first request (it starts in about a second on an idle machine). */
const DECAP_START_LIMIT_MS = 120_000;

/** Decap's proxy on a private port, serving the clone. */
async function startDecapServer(workRepo: string): Promise<{ child: ChildProcess; port: number }> {
  const port = await freePort();
  const entry = createRequire(import.meta.url).resolve('decap-server/dist/index.js');
  const child = spawn(process.execPath, [entry], {
    env: { ...process.env, MODE: 'git', GIT_REPO_DIRECTORY: workRepo, PORT: String(port), BIND_HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = () => child.kill();
  process.once('exit', stop);
  // Until it answers or exits: a busy machine may take many seconds. The bound is only for a proxy that hangs.
  const started = performance.now();
  while (performance.now() - started < DECAP_START_LIMIT_MS) {
    if (child.exitCode !== null) throw new Error(`Decap's proxy exited with code ${child.exitCode}`);
    try {
      await forward(port, undefined, Buffer.from(JSON.stringify({ action: 'info' })));
      return { child, port };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  child.kill();
  throw new Error(`Decap's proxy did not answer within ${DECAP_START_LIMIT_MS / 1000} s — if the machine is not overloaded, reinstall it with \`npm install\``);
}

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Buffer;
}

function forward(port: number, req: IncomingMessage | undefined, body: Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers = { ...(req?.headers ?? { 'content-type': 'application/json' }), host: `127.0.0.1:${port}`, 'content-length': String(body.length) };
    const outgoing = httpRequest(
      { host: '127.0.0.1', port, method: req?.method ?? 'POST', path: req?.url ?? '/api/v1', headers },
      (incoming) => {
        readBody(incoming).then((answer) => resolve({ status: incoming.statusCode ?? 502, headers: incoming.headers, body: answer }), reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

function readBody(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('request larger than 50 MB'));
        stream.destroy();
      } else chunks.push(chunk);
    });
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

