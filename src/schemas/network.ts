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
