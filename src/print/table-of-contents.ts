/**
 * Where everything falls in the printed binder: the front matter (cover and contents)
 * first, then each section's entries in the site's reading order, each entry on a new
 * page. Pure, so the page numbers the contents print are tested against page counts.
 */
import { translatorFor } from '../i18n/translate.ts';

/** An entry rendered on its own, with the number of pages the browser laid it out on. */
export interface PrintedEntry {
  readonly title: string;
  /** The page it was printed from (the contents links to its live address). */
  readonly url: string;
  readonly pages: number;
}

export interface PrintedSection {
  /** `recipes`, `procedures`, … */
  readonly name: string;
  /** As the section's listing names it: "Recipes". */
  readonly title: string;
  readonly entries: readonly PrintedEntry[];
}

export interface ContentsEntry {
  readonly title: string;
  readonly url: string;
  /** Where the entry starts, counting the cover as page 1. */
  readonly page: number;
}

export interface ContentsSection {
  readonly name: string;
  readonly title: string;
  readonly page: number;
  readonly entries: readonly ContentsEntry[];
}

export interface Contents {
  readonly sections: readonly ContentsSection[];
  readonly totalPages: number;
}

export class EmptyEntryError extends Error {
  constructor(title: string) {
    super(`${title} printed on no page at all — open it in the browser's print preview to see why, then run npm run binder:pdf again.`);
    this.name = 'EmptyEntryError';
  }
}

/** Numbers every entry's first page, after `frontPages` pages of cover and contents. */
export function numberPages(sections: readonly PrintedSection[], frontPages: number): Contents {
  let next = frontPages + 1;
  const numbered = sections.map((section): ContentsSection => {
    const page = next;
    const entries = section.entries.map((entry): ContentsEntry => {
      if (!(entry.pages >= 1)) throw new EmptyEntryError(entry.title);
      const start = next;
      next += entry.pages;
      return { title: entry.title, url: entry.url, page: start };
    });
    return { name: section.name, title: section.title, page, entries };
  });
  return { sections: numbered, totalPages: next - 1 };
}

/** A link found on a section's listing page. */
export interface ListingLink {
  readonly href: string;
  readonly title: string;
}

/**
 * The entries of `section` among the links of its listing pages, in the listing's order:
 * only `<base><section>/<slug>/` itself (no other section, no page number — slugs always
 * have a letter — and nothing under an entry such as its referenced-by pages), once each.
 */
export function sectionEntries(links: readonly ListingLink[], section: string, basePath = '/'): ListingLink[] {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const entryPath = new RegExp(`^${escapeRegExp(base)}${escapeRegExp(section)}/((?=[a-z0-9-]*[a-z])[a-z0-9-]+)/$`);
  const seen = new Set<string>();
  const entries: ListingLink[] = [];
  for (const link of links) {
    const { pathname } = new URL(link.href, 'http://binder.invalid');
    if (!entryPath.test(pathname) || seen.has(pathname)) continue;
    seen.add(pathname);
    entries.push({ href: link.href, title: link.title.trim().replace(/\s+/g, ' ') });
  }
  return entries;
}

/** The line stamped at the foot of every page but the cover, in the binder's language as printed. */
export function footerLine(binderName: string, page: number, totalPages: number, locale = 'en'): string {
  return translatorFor(locale)('print.footer', { binder: binderName, page: String(page), total: String(totalPages) });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
