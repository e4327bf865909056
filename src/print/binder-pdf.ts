/**
 * The printed binder: every entry page of the built site printed by the browser's own
 * PDF engine (Chromium, through Playwright), one PDF per section and one for the whole
 * binder, each with a cover, a table of contents with page numbers, every entry on a
 * new page and a footer line on every page but the cover.
 *
 * Page numbers need to know how long each entry prints, so each entry is printed on
 * its own first, its pages counted with pdf-lib; then the cover and contents are
 * printed with the numbers, and everything is merged and stamped with pdf-lib.
 *
 * It prints the binder in one of its languages: the built pages under that language's
 * path (`es/` for Spanish), with the cover, contents and footer in that language.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { PDFDocument, StandardFonts, rgb, type PDFFont } from 'pdf-lib';
import { CHROMIUM_ARGS, findChromium } from '../browser/chromium.ts';
import { frontMatterHtml, type BinderIdentity } from './front-matter.ts';
import { setOutline } from './pdf-outline.ts';
import { serveStaticSite } from '../browser/static-server.ts';
import { translatorFor } from '../i18n/translate.ts';
import { footerLine, numberPages, sectionEntries, type ListingLink, type PrintedSection } from './table-of-contents.ts';

export const PAPER_FORMATS = { a4: 'A4', letter: 'Letter' } as const;
export type PaperFormat = keyof typeof PAPER_FORMATS;

export class MissingBuildError extends Error {
  constructor(distDir: string) {
    super(`No built site in ${distDir} — run \`npm run build\` first, then npm run binder:pdf again.`);
    this.name = 'MissingBuildError';
  }
}

export class MissingLanguageError extends Error {
  constructor(distDir: string, segment: string) {
    super(`The built site in ${distDir} has no pages under ${segment}/ — name a language the binder is built in (site.languages: es, it…), or run \`npm run build\` again.`);
    this.name = 'MissingLanguageError';
  }
}

export class NoChromiumError extends Error {
  constructor() {
    super('No Chromium to print with — install one (Debian/Ubuntu: `sudo apt-get install chromium`; elsewhere: `npx playwright install chromium`) or set CHROMIUM_PATH.');
    this.name = 'NoChromiumError';
  }
}

export interface BinderPdfOptions {
  /** The built site (dist/). */
  readonly distDir: string;
  /** Where the PDFs go; created when missing. */
  readonly outDir: string;
  /** Sections to print, in order; the whole binder is written too when there is more than one. */
  readonly sections: readonly string[];
  readonly wholeBinder: boolean;
  readonly format: PaperFormat;
  /** The base path the site was built with (BASE_PATH), "/" by default. */
  readonly basePath?: string;
  /** The language to print, by its path segment (`es`); the binder's own language when absent. */
  readonly language?: string | undefined;
  readonly printedOn?: Date;
  readonly log?: (line: string) => void;
}

export interface WrittenPdf {
  readonly file: string;
  readonly pages: number;
  readonly bytes: number;
  readonly entries: number;
}

/** An entry printed on its own. */
interface EntryPdf {
  readonly title: string;
  readonly url: string;
  readonly pdf: PDFDocument;
}

interface SectionPdfs {
  readonly name: string;
  readonly title: string;
  readonly entries: readonly EntryPdf[];
}

export async function writeBinderPdfs(options: BinderPdfOptions): Promise<WrittenPdf[]> {
  const log = options.log ?? ((line: string) => console.log(line));
  const base = withSlash(options.basePath ?? '/');
  if (!existsSync(path.join(options.distDir, 'index.html'))) throw new MissingBuildError(options.distDir);
  const segment = options.language?.toLowerCase().replace(/^\/+|\/+$/g, '') ?? '';
  if (segment && !existsSync(path.join(options.distDir, segment, 'index.html'))) throw new MissingLanguageError(options.distDir, segment);
  // A language's pages live under its own path: that is the binder's root for everything read.
  const binderBase = segment ? `${base}${segment}/` : base;
  const found = findChromium();
  if (!found) throw new NoChromiumError();

  const server = await serveStaticSite(options.distDir, { basePath: base });
  const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(found.executablePath && { executablePath: found.executablePath }) });
  try {
    // No service worker: printing needs no offline copy, and one would only cache files.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const root = `${server.origin}${binderBase}`;
    const identity = await readIdentity(page, root);
    const t = translatorFor(identity.locale);
    log(`Printing ${identity.name} from ${options.distDir} on ${PAPER_FORMATS[options.format]} with ${found.source}`);

    const sections: SectionPdfs[] = [];
    for (const name of options.sections) {
      const { title, links } = await readListing(page, `${root}${name}/`);
      const entries = sectionEntries(links, name, binderBase);
      log(`${title}: ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}`);
      const printed: EntryPdf[] = [];
      for (const [i, entry] of entries.entries()) {
        printed.push(await printEntry(page, entry, options.format));
        const pages = printed.at(-1)!.pdf.getPageCount();
        log(`  ${i + 1}/${entries.length} ${entry.title} — ${pages} ${pages === 1 ? 'page' : 'pages'}`);
      }
      sections.push({ name, title, entries: printed });
    }

    await mkdir(options.outDir, { recursive: true });
    const written: WrittenPdf[] = [];
    const printedOn = options.printedOn ?? new Date();
    for (const section of sections) {
      written.push(await writeBook(page, path.join(options.outDir, `${section.name}.pdf`), [section], section.title, identity, options.format, printedOn));
    }
    if (options.wholeBinder) {
      written.push(await writeBook(page, path.join(options.outDir, 'binder.pdf'), sections, t('print.wholeBinder'), identity, options.format, printedOn));
    }
    return written;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The cover's identity, as the built home page shows it. */
async function readIdentity(page: Page, root: string): Promise<BinderIdentity> {
  await page.goto(root);
  return page.evaluate(() => {
    const text = (selector: string) => document.querySelector(selector)?.textContent?.trim().replace(/\s+/g, ' ') ?? '';
    const licence = document.querySelector<HTMLAnchorElement>('.site-footer a[rel="license"]');
    return {
      name: text('.brand') || document.title,
      tagline: document.querySelector<HTMLMetaElement>('meta[name="description"]')?.content ?? '',
      logo: document.querySelector<HTMLImageElement>('.brand__logo')?.src,
      licenseName: licence?.textContent?.trim() ?? '',
      licenseUrl: licence?.href ?? document.querySelector<HTMLLinkElement>('link[rel="license"]')?.href ?? '',
      liveUrl: document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href,
      locale: document.documentElement.lang || 'en',
    };
  });
}

/** A section's title and the links of all its listing pages, following "Next page". */
async function readListing(page: Page, firstPage: string): Promise<{ title: string; links: ListingLink[] }> {
  const links: ListingLink[] = [];
  let title = '';
  for (let url: string | undefined = firstPage; url; ) {
    const response = await page.goto(url);
    if (!response?.ok()) throw new Error(`The built site has no listing at ${url} — run \`npm run build\` again.`);
    const listing = await page.evaluate(() => ({
      title: document.querySelector('h1')?.textContent?.trim() ?? '',
      links: [...document.querySelectorAll<HTMLAnchorElement>('main .entry-list a, main a[data-entry-link]')].map((a) => ({ href: a.href, title: a.textContent ?? '' })),
      next: document.querySelector<HTMLAnchorElement>('a[rel="next"]')?.href,
    }));
    title ||= listing.title;
    links.push(...listing.links);
    url = listing.next;
  }
  return { title, links };
}

async function printEntry(page: Page, entry: ListingLink, format: PaperFormat): Promise<EntryPdf> {
  const response = await page.goto(entry.href);
  if (!response?.ok()) throw new Error(`${entry.href} did not load (${response?.status() ?? 'no answer'}) — run \`npm run build\` again.`);
  const url = await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href);
  const bytes = await page.pdf({ format: PAPER_FORMATS[format], printBackground: true });
  return { title: entry.title, url, pdf: await PDFDocument.load(bytes) };
}

/** Cover, contents and entries, merged and stamped, written to `file`. */
async function writeBook(
  page: Page,
  file: string,
  sections: readonly SectionPdfs[],
  subtitle: string,
  identity: BinderIdentity,
  format: PaperFormat,
  printedOn: Date,
): Promise<WrittenPdf> {
  const printed: PrintedSection[] = sections.map((section) => ({
    name: section.name,
    title: section.title,
    entries: section.entries.map((entry) => ({ title: entry.title, url: entry.url, pages: entry.pdf.getPageCount() })),
  }));
  // The contents' own length moves every number after it: print until it stops changing.
  let frontPages = 2;
  let front: PDFDocument | undefined;
  let contents = numberPages(printed, frontPages);
  for (let attempt = 0; attempt < 4; attempt++) {
    contents = numberPages(printed, frontPages);
    // A fresh blank document: written into a site page, it would inherit that page's
    // Content-Security-Policy, which refuses the front matter's own styles.
    await page.goto('about:blank');
    await page.setContent(frontMatterHtml({ identity, subtitle, contents, printedOn }), { waitUntil: 'load' });
    front = await PDFDocument.load(await page.pdf({ format: PAPER_FORMATS[format], printBackground: true }));
    if (front.getPageCount() === frontPages) break;
    frontPages = front.getPageCount();
  }

  const book = await PDFDocument.create();
  for (const source of [front!, ...sections.flatMap((section) => section.entries.map((entry) => entry.pdf))]) {
    for (const copied of await book.copyPages(source, source.getPageIndices())) book.addPage(copied);
  }
  const font = await book.embedFont(StandardFonts.Helvetica);
  const name = encodable(font, identity.name);
  const total = book.getPageCount();
  book.getPages().forEach((sheet, index) => {
    if (index === 0) return; // the cover
    const line = encodable(font, footerLine(name, index + 1, total, identity.locale));
    const size = 8;
    sheet.drawText(line, { x: (sheet.getWidth() - font.widthOfTextAtSize(line, size)) / 2, y: 16, size, font, color: rgb(0, 0, 0) });
  });
  // Bookmarks: the contents, then each section with its entries (one level when only one section).
  const entryItems = (section: (typeof contents.sections)[number]) => section.entries.map((entry) => ({ title: entry.title, pageIndex: entry.page - 1 }));
  setOutline(book, [
    { title: translatorFor(identity.locale)('print.contents'), pageIndex: 1 },
    ...(contents.sections.length === 1
      ? entryItems(contents.sections[0]!)
      : contents.sections.map((section) => ({ title: section.title, pageIndex: section.page - 1, children: entryItems(section) }))),
  ]);
  book.setTitle(`${identity.name} — ${subtitle}`);
  book.setAuthor(identity.name);
  book.setSubject(identity.tagline);
  book.setCreator('Open Franchise (npm run binder:pdf)');
  book.setCreationDate(printedOn);
  const bytes = await book.save();
  await writeFile(file, bytes);
  return { file, pages: total, bytes: bytes.length, entries: printed.reduce((sum, section) => sum + section.entries.length, 0) };
}

/** The standard PDF font covers Western European text; anything else becomes "?" in the footer only. */
function encodable(font: PDFFont, text: string): string {
  return [...text]
    .map((char) => {
      try {
        font.encodeText(char);
        return char;
      } catch {
        return '?';
      }
    })
    .join('');
}

function withSlash(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}
