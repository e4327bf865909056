/**
 * Reads the governance records of every layer (see src/schemas/records.ts): the
 * register of kitchens, the trials and the rules, each file through the hostile-input
 * rules and its schema, like an entry. A layer's kitchen replaces one of the same id
 * below it; trials add up; the top layer's governance.yaml is the one in force.
 */
import path from 'node:path';
import { z } from 'astro/zod';
import type { LocatedProblem } from '../../domain/located-problem.ts';
import { GovernanceSchema, type Governance } from '../../schemas/governance.ts';
import { jsonSchemaOf } from '../../schemas/json-schema.ts';
import type { Kitchen } from '../../schemas/kitchen.ts';
import { NETWORK_FILE, NetworkFileSchema, type NetworkFile } from '../../schemas/network.ts';
import { GOVERNANCE_FILE, RECORD_FOLDERS } from '../../schemas/records.ts';
import { SLUG_PATTERN } from '../../schemas/reference.ts';
import type { Trial } from '../../schemas/trial.ts';
import type { SourceFile } from '../source-file.ts';
import { explainIssues } from '../zod-issues.ts';
import type { LayerFolder } from '../layers/discover-layers.ts';
import { badFileName, listFiles, located, safeSource } from '../layers/read-layer.ts';

/** A record file that passed its schema, with where it is. */
export interface RecordFile<T> {
  readonly id: string;
  /** The layer it is in. */
  readonly layer: string;
  /** The path shown in messages (relative to the repository). */
  readonly file: string;
  readonly source: SourceFile;
  readonly data: T;
}

export interface GovernanceRecords {
  /** The rules in force: the top layer's governance.yaml that has one; undefined when none does. */
  readonly rules?: RecordFile<Governance> | undefined;
  /** The register, by kitchen id, each layer's kitchens over those below. */
  readonly kitchens: ReadonlyMap<string, RecordFile<Kitchen>>;
  /** Every valid trial of every layer, oldest first. */
  readonly trials: ReadonlyArray<RecordFile<Trial>>;
  /** The binders that asked to be read as forks (`network.yaml`), the top layer's that has one. */
  readonly network?: RecordFile<NetworkFile> | undefined;
  readonly problems: LocatedProblem[];
  /** Files read. */
  readonly fileCount: number;
}

export async function readGovernanceRecords(layers: readonly LayerFolder[], display: (absolute: string) => string): Promise<GovernanceRecords> {
  const problems: LocatedProblem[] = [];
  let fileCount = 0;
  const mediaDirsOf = (index: number) => layers.slice(0, index + 1).map((layer) => layer.dir).reverse();

  const readFile = async <T,>(absolute: string, layer: LayerFolder, index: number, schema: z.ZodType): Promise<RecordFile<T> | undefined> => {
    fileCount++;
    const file = display(absolute);
    const source = await safeSource(absolute, layer.dir, file, 'yaml', mediaDirsOf(index), problems);
    if (!source) return undefined;
    const result = schema.safeParse(source.data ?? {});
    if (!result.success) {
      for (const issue of explainIssues(result.error.issues, source.data, jsonSchemaOf(schema))) problems.push(located(source, issue.path, issue.message, issue.fix));
      return undefined;
    }
    return { id: path.basename(absolute, '.yaml'), layer: layer.name, file, source, data: result.data as T };
  };

  const readFolder = async <T,>(layer: LayerFolder, index: number, folder: keyof typeof RECORD_FOLDERS): Promise<Array<RecordFile<T>>> => {
    const { directory, schema, label } = RECORD_FOLDERS[folder];
    const dir = path.join(layer.dir, directory);
    const files = await Promise.all(
      (await listFiles(dir)).map(async (name) => {
        const absolute = path.join(dir, name);
        if (!name.endsWith('.yaml') || !SLUG_PATTERN.test(name.slice(0, -'.yaml'.length))) {
          problems.push(badFileName(display(absolute), name, '.yaml', label.toLowerCase()));
          return undefined;
        }
        return readFile<T>(absolute, layer, index, schema);
      }),
    );
    return files.filter((file): file is RecordFile<T> => file !== undefined);
  };

  const perLayer = await Promise.all(
    layers.map(async (layer, index) => {
      const files = await listFiles(layer.dir);
      const hasRules = files.includes(GOVERNANCE_FILE);
      const [kitchens, trials, rules, network] = await Promise.all([
        readFolder<Kitchen>(layer, index, 'kitchens'),
        readFolder<Trial>(layer, index, 'trials'),
        hasRules ? readFile<Governance>(path.join(layer.dir, GOVERNANCE_FILE), layer, index, GovernanceSchema) : Promise.resolve(undefined),
        files.includes(NETWORK_FILE) ? readFile<NetworkFile>(path.join(layer.dir, NETWORK_FILE), layer, index, NetworkFileSchema) : Promise.resolve(undefined),
      ]);
      return { kitchens, trials, rules, hasRules, network };
    }),
  );

  const kitchens = new Map<string, RecordFile<Kitchen>>();
  for (const layer of perLayer) for (const kitchen of layer.kitchens) kitchens.set(kitchen.id, kitchen);
  const trials = perLayer.flatMap((layer) => layer.trials).sort((a, b) => a.data.date.localeCompare(b.data.date) || a.file.localeCompare(b.file));
  // A layer with a broken governance.yaml must not fall back to the looser rules below it: none are in force then.
  const top = perLayer.findLast((layer) => layer.hasRules);
  const network = perLayer.findLast((layer) => layer.network !== undefined)?.network;
  return { rules: top?.rules, kitchens, trials, network, problems, fileCount };
}
