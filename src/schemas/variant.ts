import { z } from 'astro/zod';

/**
 * How an entry of a fork differs from the binder it was forked from: derived at build
 * from the layers (src/binder/layers/layered-binder.ts), never written by hand.
 */
export const VariantSchema = z.strictObject({
  /** `replaced` and `patched` entries are local variants of an upstream one; `added` ones are the restaurant's own. */
  kind: z.enum(['replaced', 'patched', 'added']),
  /** The layer (folder under layers/) that made the change. */
  layer: z.string(),
  /** A patch's reason, in its author's words. */
  reason: z.string().optional(),
  /** The entry's title upstream. */
  upstreamTitle: z.string().optional(),
  /** What differs from upstream, one kitchen-diff line each: "Extra-virgin olive oil: 5 g → 4 g". */
  changes: z.array(z.string()),
  /** For a patched entry: the entry as patched, in the editor's file form, so the editor opens what the site shows. */
  editorText: z.string().optional(),
});

/** One binder in a fork's line of descent, the original first. */
export const LineageSchema = z.strictObject({
  /** 0 for the original binder, then 1, 2, … for each fork on it. */
  depth: z.int().nonnegative(),
  /** The binder's name. */
  name: z.string(),
  /** Its repository. */
  repository: z.string(),
  /** Its published site. */
  url: z.string(),
  /** `content`, or the folder under layers/ that holds its changes. */
  layer: z.string(),
  /** On this binder's own entry (the last), by `collection/id`: how its entries differ from the binder it forked. */
  variants: z.record(z.string(), VariantSchema).optional(),
});

export type Variant = z.infer<typeof VariantSchema>;
export type Lineage = z.infer<typeof LineageSchema>;
