import { slugify } from '../../domain/slug.ts';
import type { CollectionName } from '../../schemas/reference.ts';

/** One generated entry: its collection, slug, fields and (for MDX collections) its Markdown body. */
export interface GeneratedEntry {
  readonly collection: CollectionName;
  readonly id: string;
  readonly data: Record<string, unknown>;
  readonly body?: string;
}

/** Hands out slugs that are unique within a collection: the slug of the name, else with a number after it. */
export class SlugPool {
  readonly #taken = new Set<string>();

  has(slug: string): boolean {
    return this.#taken.has(slug);
  }

  /** The slug of `name` if free, else `<slug>-2`, `<slug>-3`, … */
  claim(name: string): string {
    const base = slugify(name);
    let slug = base;
    for (let n = 2; this.#taken.has(slug); n++) slug = `${base}-${n}`;
    this.#taken.add(slug);
    return slug;
  }
}

/** "sea salt" → "Sea salt". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
