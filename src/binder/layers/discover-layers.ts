/**
 * Finds a binder's layers on disk: content/ at the bottom, then each folder under
 * layers/ in the order their `layer.yaml` files give (`extends: content`, then the
 * layer that extends that one, …). The top layer is the restaurant's own: the one
 * `npm run customise` and the editor write into.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'astro/zod';
import type { LocatedProblem } from '../../domain/located-problem.ts';
import type { SchemaNode } from '../../domain/references.ts';
import { BASE_LAYER, LAYER_FILE, LAYERS_FOLDER, LayerSchema, type Layer } from '../../schemas/layer.ts';
import { SLUG_PATTERN } from '../../schemas/reference.ts';
import { checkEntrySafety } from '../safety/check-safety.ts';
import { parseYamlFile, type SourceFile } from '../source-file.ts';
import { explainIssues } from '../zod-issues.ts';

/** One layer's folder: content/ or layers/<name>/. */
export interface LayerFolder {
  /** `content`, or the folder name under layers/. */
  readonly name: string;
  /** Absolute path of the folder. */
  readonly dir: string;
  /** The parsed layer.yaml (not for content/). */
  readonly manifest?: Layer;
  /** Its source, to place problems on a line. */
  readonly manifestSource?: SourceFile;
}

export interface DiscoveredLayers {
  /** Bottom first: content/, then each layer in stacking order. */
  readonly layers: LayerFolder[];
  readonly problems: LocatedProblem[];
}

const LAYER_SCHEMA_NODE = z.toJSONSchema(LayerSchema, { io: 'input', unrepresentable: 'any' }) as SchemaNode;

/**
 * `contentDir` is the binder forked from; its layers are in `layers/` beside it.
 * `display` turns an absolute path into the one printed in messages.
 */
export async function discoverLayers(contentDir: string, display: (absolute: string) => string): Promise<DiscoveredLayers> {
  const root = path.join(path.dirname(contentDir), LAYERS_FOLDER);
  const problems: LocatedProblem[] = [];
  const base: LayerFolder = { name: BASE_LAYER, dir: contentDir };
  const names = await layerFolderNames(root);
  const found = new Map<string, LayerFolder>();

  for (const name of names) {
    const dir = path.join(root, name);
    const manifestPath = path.join(dir, LAYER_FILE);
    if (!SLUG_PATTERN.test(name)) {
      problems.push({ file: display(dir), line: 1, field: '', message: 'is not a valid layer folder name', fix: 'name it with lowercase words joined by hyphens, like `brooklyn`' });
      continue;
    }
    let safety;
    try {
      safety = await checkEntrySafety(manifestPath, dir, display(manifestPath), 'yaml');
    } catch {
      problems.push({ file: display(manifestPath), line: 1, field: '', message: 'is missing: every folder under layers/ is a layer and needs one', fix: `create it with \`extends: content\` (or the layer it sits on), or run \`npm run fork\` to start a layer` });
      continue;
    }
    problems.push(...safety.problems);
    if (safety.text === undefined) continue;
    const source = parseYamlFile(display(manifestPath), safety.text);
    for (const error of source.syntaxErrors) problems.push({ file: source.file, line: error.line, field: '', message: error.message, fix: error.fix });
    if (source.syntaxErrors.length > 0) continue;
    const result = LayerSchema.safeParse(source.data);
    if (!result.success) {
      for (const issue of explainIssues(result.error.issues, source.data, LAYER_SCHEMA_NODE)) {
        problems.push({ file: source.file, line: source.lineOf(issue.path), field: issue.path.join('.'), message: issue.message, fix: issue.fix });
      }
      continue;
    }
    found.set(name, { name, dir, manifest: result.data, manifestSource: source });
  }

  // Each layer sits on exactly one below it, and no two on the same one: a chain.
  const layers: LayerFolder[] = [base];
  const placed = new Set<string>([BASE_LAYER]);
  for (;;) {
    const below = layers[layers.length - 1]!.name;
    const above = [...found.values()].filter((layer) => layer.manifest!.extends === below);
    if (above.length === 0) break;
    if (above.length > 1) {
      for (const layer of above.slice(1)) {
        problems.push({
          file: layer.manifestSource!.file,
          line: layer.manifestSource!.lineOf(['extends']),
          field: 'extends',
          message: `sits on \`${below}\`, as \`${above[0]!.name}\` does: layers stack one on another`,
          fix: `set \`extends: ${above[0]!.name}\` to put this layer on top of it, or merge the two layers`,
        });
      }
    }
    layers.push(above[0]!);
    placed.add(above[0]!.name);
  }
  for (const layer of found.values()) {
    if (placed.has(layer.name) || problems.some((p) => p.file === layer.manifestSource!.file)) continue;
    const target = layer.manifest!.extends;
    problems.push({
      file: layer.manifestSource!.file,
      line: layer.manifestSource!.lineOf(['extends']),
      field: 'extends',
      message: found.has(target) ? `sits on \`${target}\`, which does not stack onto content/ (a loop)` : `sits on \`${target}\`, which is not a folder under layers/`,
      fix: `set it to \`${layers[layers.length - 1]!.name}\`, the top of the stack, or to the folder name of the layer below this one`,
    });
  }
  return { layers, problems };
}

/** Sub-folders of layers/; none when it does not exist. */
async function layerFolderNames(root: string): Promise<string[]> {
  try {
    const entries = await readdir(root, { withFileTypes: true });
    return entries.filter((entry) => entry.isDirectory() && !entry.name.startsWith('.')).map((entry) => entry.name).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** The layer a fork writes into: the top one (content/ when the binder has no layers). */
export function ownLayer(layers: readonly LayerFolder[]): LayerFolder {
  return layers[layers.length - 1]!;
}
