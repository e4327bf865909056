import type { z } from 'astro/zod';
import { KitchenSchema } from './kitchen.ts';
import { TrialSchema } from './trial.ts';

/**
 * The binder's governance records: YAML files beside the collections, in content/ and
 * in each layer, that are not pages of their own but say who vouches for what. They
 * pass the same hostile-input rules and canonical form as entries.
 */
export const RECORD_FOLDERS = {
  /** The register of kitchens: `kitchens/<id>.yaml`. A layer may register its own or replace one. */
  kitchens: { schema: KitchenSchema, directory: 'kitchens', label: 'Kitchens', singular: 'Kitchen', titleField: 'name' },
  /** Kitchens' trials: `trials/<date>-<kitchen>-<slug>.yaml`, one file each, never edited. */
  trials: { schema: TrialSchema, directory: 'trials', label: 'Trials', singular: 'Trial', titleField: 'entry' },
} as const satisfies Record<string, { schema: z.ZodType; directory: string; label: string; singular: string; titleField: string }>;

export type RecordFolder = keyof typeof RECORD_FOLDERS;
export const RECORD_FOLDER_NAMES = Object.keys(RECORD_FOLDERS) as RecordFolder[];

/** The governance rules, relative to content/ (or a layer, which then governs its own binder). */
export const GOVERNANCE_FILE = 'governance.yaml';
