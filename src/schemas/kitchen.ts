import { z } from 'astro/zod';
import { gitHubLogins } from './github-login.ts';
import { SlugSchema } from './reference.ts';
import { line } from './text.ts';

/**
 * A kitchen registered in the binder: a restaurant that cooks from it and whose
 * people may vouch for a proposal. Its file name is its id (`content/kitchens/<id>.yaml`);
 * the register is governed like the rules, so adding a kitchen is itself a reviewed change.
 */
export const KitchenSchema = z.strictObject({
  /** The kitchen's name as reviews and pages show it: "Brooklyn Slice". */
  name: line(80),
  /** Where it cooks: "Brooklyn, NY". */
  location: line(80).optional(),
  /** The binder repository it cooks from, usually a fork of this one. */
  repository: z.url({ protocol: /^https$/, error: 'is not an https URL — give the address of the binder this kitchen cooks from, like https://github.com/brooklyn-slice/binder' }),
  /** GitHub users who speak for this kitchen: their approvals, requests for changes and trials count as the kitchen's, once however many of them act. */
  logins: gitHubLogins().min(1, { error: 'is empty — name at least one GitHub user who speaks for this kitchen' }),
  /** What the kitchen is trusted to judge besides cooking, such as `food-safety` (a certified food-safety manager on staff). */
  roles: z
    .array(SlugSchema)
    .refine((roles) => new Set(roles).size === roles.length, { error: 'lists the same role twice — remove the repeat' })
    .optional(),
});

export type Kitchen = z.infer<typeof KitchenSchema>;
