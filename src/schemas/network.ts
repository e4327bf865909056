import { z } from 'astro/zod';
import { line } from './text.ts';

/** A git address a binder can be fetched from: https, ssh (`git@host:path`), or a folder on this machine. */
const GitAddressSchema = z
  .string()
  .min(1)
  .max(500)
  .refine((url) => /^(?:https:\/\/|ssh:\/\/|git@[\w.-]+:|\/|\.\.?\/)/.test(url) && !/\s/.test(url) && !url.startsWith('ext::'), {
    error: 'is not a git address this command reads — give an https:// or ssh address, or a folder path',
  });

/**
 * `content/network.yaml`: binders that forked this one and asked to be read, wherever
 * they are hosted, beside the forks GitHub knows of. Opt-in: a binder joins by a
 * proposal adding itself here.
 */
export const NetworkFileSchema = z.strictObject({
  /** The binders, each by its git address. */
  binders: z.array(
    z.strictObject({
      /** The restaurant, as the report names it (its identity's name is used when left out). */
      name: line(80).optional(),
      /** Its git address. */
      url: GitAddressSchema,
      /** The branch its site is built from; its default branch when left out. */
      branch: line(100).optional(),
    }),
  ),
});

export type NetworkFile = z.infer<typeof NetworkFileSchema>;
export { GitAddressSchema };

/** A restaurant's variant of one upstream entry, as `npm run network` found it. */
export const EntryVariantSchema = z.strictObject({
  /** The restaurant (its identity's name). */
  restaurant: z.string(),
  /** Its binder's git address. */
  url: z.string(),
  /** Its published site, from its identity, when it gives one. */
  site: z.string().optional(),
  kind: z.enum(['replaced', 'patched', 'hidden']),
  /** Kitchen-diff lines: "Fine sea salt: 45 g → 40 g". */
  lines: z.array(z.string()),
});

/** Where several restaurants made the same change. */
export const AgreementSchema = z.strictObject({
  /** `collection/slug` of the upstream entry. */
  entry: z.string(),
  title: z.string(),
  /** "2 of 3 restaurants lowered Fine sea salt in Pizza dough (median −18 %)". */
  text: z.string(),
  restaurants: z.array(z.string()),
  /** For an amount: the median change in percent. */
  medianPercent: z.number().optional(),
  /** What the change does: which line, which way (for `npm run network -- --propose`). */
  change: z.strictObject({ kind: z.enum(['lowered', 'raised', 'added', 'removed', 'hidden']), line: z.string().optional() }),
});

/**
 * What the restaurants that forked this binder changed (`npm run network -- --json
 * network-report.json`); the site shows it on entry pages and at /network/ when built
 * with that file beside it. Derived data from untrusted forks: shown as text, never markup.
 */
export const NetworkReportSchema = z.strictObject({
  /** Forks read. */
  forks: z.int().nonnegative(),
  /** By upstream entry, the most changed first. */
  entries: z.array(z.strictObject({ entry: z.string(), title: z.string(), variants: z.array(EntryVariantSchema) })),
  /** Changes at least two restaurants made, the most agreed first. */
  agreements: z.array(AgreementSchema),
});

/** The opt-in list of forks, relative to content/ (or a layer). */
export const NETWORK_FILE = 'network.yaml';

/** Where the build looks for the network report, beside content/. */
export const NETWORK_REPORT_FILE = 'network-report.json';

export type EntryVariant = z.infer<typeof EntryVariantSchema>;
export type Agreement = z.infer<typeof AgreementSchema>;
export type NetworkReport = z.infer<typeof NetworkReportSchema>;
