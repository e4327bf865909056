import { z } from 'astro/zod';
import { CostingSettingsSchema } from './costing.ts';
import { CurrencySchema } from './money.ts';
import { contrastRatio } from '../domain/colour.ts';
import { LanguageTagSchema } from './language.ts';
import { MediaPathSchema } from './media-path.ts';
import { line } from './text.ts';

/** WCAG 2 AA for normal text: links and the header use the accent on white. */
const MIN_CONTRAST = 4.5;

/** The franchise this binder belongs to: the one file a fork edits to rebrand. */
export const SiteSchema = z.strictObject({
  /** Franchise name, shown in the header and on every printed page. */
  name: line(60),
  /** One line under the name. */
  tagline: line(120),
  /** BCP 47 language tag of the content: "en-US", "en-GB", "fr-FR". */
  locale: LanguageTagSchema,
  /**
   * Languages the binder is also read in, besides `locale`'s: "es", "it". Each is
   * served under its own path (/es/…); its translations live in translations/<tag>/.
   */
  languages: z
    .array(LanguageTagSchema)
    .refine((tags) => new Set(tags.map((tag) => tag.toLowerCase())).size === tags.length, { error: 'lists the same language twice — remove the repeat' })
    .optional(),
  /** Units a cook here measures in first. */
  unitSystem: z.enum(['metric', 'us']),
  /** ISO 4217 code of the currency costs are written in. */
  currency: CurrencySchema,
  /** The food cost the franchise aims for and how old a price may get; without it, the menu sets no target and no price is too old. */
  costing: CostingSettingsSchema.optional(),
  /** Web address of this binder's repository. */
  repository: z.url({ protocol: /^https$/, error: 'is not an https URL — give the repository address, like https://github.com/you/binder' }),
  /** Repository this binder was forked from, to pull improvements from; same as `repository` for the original. */
  upstream: z.url({ protocol: /^https$/, error: 'is not an https URL — give the upstream repository address' }),
  /** Branch the live site is built from. */
  branch: line(100),
  /** Web address the site is published at. */
  url: z.url({ protocol: /^https?$/, error: 'is not a URL — give the published site address, like https://binder.example.com' }),
  /** Food code the temperatures and times follow, named in the footer. */
  foodCode: line(80),
  /** The content licence. */
  license: z.strictObject({
    /** Short name: "CC BY-SA 4.0". */
    name: line(40),
    /** Licence text address; http(s) only, since it becomes a link on every page. */
    url: z.url({ protocol: /^https?$/, error: 'is not a web address — give the https:// address of the licence text' }),
  }),
  /**
   * The OAuth service the editor's "Login with GitHub" goes through on the published
   * site (Decap's `base_url`); leave out to use Netlify's. See README, Deployment.
   */
  editorLogin: z
    .strictObject({
      /** Address of the OAuth service, like https://auth.example.com. */
      url: z.url({ protocol: /^https$/, error: 'is not an https URL — give the address of the OAuth service' }),
      /** Its authorisation path, when not `auth`. */
      path: line(80).optional(),
    })
    .optional(),
  /** Brand colours and logo, in data so a fork rebrands without touching CSS. */
  theme: z.strictObject({
    /** Logo shown beside the name in the header, as an image under media/ (png, webp, jpg or avif). */
    logo: z
      .strictObject({
        /** The image, such as `media/logo.png`. */
        src: MediaPathSchema,
      })
      .optional(),
    /** Accent colour of the header and links, as #rrggbb; must keep 4.5:1 contrast on white. */
    accent: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, { error: 'is not a #rrggbb colour — write it like `#9a3412`' })
      .refine((hex) => contrastRatio(hex, '#ffffff') >= MIN_CONTRAST, {
        error: `is too faint to read against white in a bright kitchen — choose a darker colour (contrast at least ${MIN_CONTRAST}:1)`,
      }),
  }),
});

export type Site = z.infer<typeof SiteSchema>;
