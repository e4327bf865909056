/**
 * The binder's identity as configuration needs it before anything is built: the
 * Astro config (site address), `npm start` (the publishing branch), the deploy
 * workflow (base path) and `npm run proposals` (repository). It is content/site.yaml
 * with each layer's `site:` over it, exactly as the checker merges it, but not checked:
 * `npm run check` and the build say what is wrong with it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { mergeFields } from '../../domain/layers/apply-patch.ts';
import type { SchemaNode } from '../../domain/references.ts';
import { SITE_FILE } from '../../schemas/collections.ts';
import { SiteSchema } from '../../schemas/site.ts';
import { discoverLayers } from './discover-layers.ts';

const SITE_SCHEMA_NODE = z.toJSONSchema(SiteSchema, { io: 'input', unrepresentable: 'any' }) as SchemaNode;

export interface IdentityOptions {
  /** Leave the top layer out: the identity of the binder this one was forked from. */
  readonly upstreamOnly?: boolean;
}

export async function readIdentity(projectRoot: string, options: IdentityOptions = {}): Promise<Record<string, unknown>> {
  const contentDir = path.join(projectRoot, 'content');
  const base = parse(await readFile(path.join(contentDir, SITE_FILE), 'utf8')) as unknown;
  let identity = (typeof base === 'object' && base !== null ? base : {}) as Record<string, unknown>;
  const { layers: all } = await discoverLayers(contentDir, (absolute) => absolute);
  const layers = options.upstreamOnly ? all.slice(0, -1) : all;
  for (const layer of layers) {
    if (layer.manifest?.site) identity = mergeFields(identity, layer.manifest.site as Record<string, unknown>, SITE_SCHEMA_NODE).data;
  }
  return identity;
}

/** One text field of the identity, or `fallback`. */
export async function identityField(projectRoot: string, field: string, fallback: string, options: IdentityOptions = {}): Promise<string> {
  const value = (await readIdentity(projectRoot, options))[field];
  return typeof value === 'string' ? value : fallback;
}
