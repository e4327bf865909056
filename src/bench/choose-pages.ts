/**
 * Which built pages the benchmark weighs and runs Lighthouse on: the home page, a
 * typical recipe (the margherita, or the median recipe of a binder without one), the
 * longest recipe and the longest procedure (the worst cases a budget must hold for),
 * cook mode where the site has it, the menu (one page for every dish) and the prep list
 * (every par, and the island that works it out). Chosen from the list of built HTML files and
 * their sizes, so the same rule works on the sample binder and on a generated one. Pure.
 */

export interface BuiltHtmlFile {
  /** Path inside dist/, with forward slashes: `recipes/margherita/index.html`. */
  readonly file: string;
  readonly bytes: number;
}

export interface ChosenPage {
  readonly label: string;
  readonly file: string;
  /** The URL path it is served at, below the site's base: `/recipes/margherita/`. */
  readonly path: string;
  /** Whether Lighthouse scores it (issue #9: home, recipe, procedure and cook mode). */
  readonly lighthouse: boolean;
}

export interface SkippedPage {
  readonly label: string;
  readonly reason: string;
}

export const TYPICAL_RECIPE = 'margherita';

const ENTRY_PAGE = (section: string) => new RegExp(`^${section}/([^/]+)/index\\.html$`);
/** Listing pages are numbered (`recipes/2/`); entry slugs never are only digits. */
const LISTING_PAGE = /^\d+$/;

export function choosePages(files: readonly BuiltHtmlFile[]): { chosen: ChosenPage[]; skipped: SkippedPage[] } {
  const chosen: ChosenPage[] = [];
  const skipped: SkippedPage[] = [];
  const byFile = new Map(files.map((file) => [file.file, file]));
  const recipes = entryPages(files, 'recipes');
  const procedures = entryPages(files, 'procedures');

  const add = (label: string, file: string | undefined, lighthouse: boolean, reasonIfMissing: string) => {
    if (file && byFile.has(file)) chosen.push({ label, file, path: urlPath(file), lighthouse });
    else skipped.push({ label, reason: reasonIfMissing });
  };

  add('home', 'index.html', true, 'dist/index.html is missing');
  const typical = byFile.has(`recipes/${TYPICAL_RECIPE}/index.html`) ? `recipes/${TYPICAL_RECIPE}/index.html` : median(recipes)?.file;
  add('recipe (typical)', typical, true, 'the binder has no recipe');
  add('recipe (longest)', largest(recipes)?.file, false, 'the binder has no recipe');
  add('procedure (longest)', largest(procedures)?.file, true, 'the binder has no procedure');
  const cook = typical?.replace(/index\.html$/, 'cook/index.html');
  add('cook mode', cook, true, `${cook ?? 'a recipe’s cook/ page'} is not in this build (cook mode not built yet)`);
  // The menu lists every dish in one page: the page that grows with the menu.
  add('menu', 'menu/index.html', true, 'the binder has no menu page (menu/index.html)');
  // The prep list carries every par and its island.
  add('prep list', 'prep/index.html', true, 'the binder has no prep list (prep/index.html)');
  // A page in any language stays within the same budget: the same pages in each other language
  // (their words run longer), Lighthouse on the typical recipe there.
  for (const language of languageFolders(files)) {
    const inLanguage = (file: string | undefined) => (file === undefined ? undefined : `${language}/${file}`);
    add(`recipe (typical, ${language})`, inLanguage(typical), true, `${language}/ has no typical recipe page`);
    add(`recipe (longest, ${language})`, largest(entryPages(files, `${language}/recipes`))?.file, false, `${language}/ has no recipe page`);
    add(`procedure (longest, ${language})`, largest(entryPages(files, `${language}/procedures`))?.file, false, `${language}/ has no procedure page`);
    add(`cook mode (${language})`, inLanguage(cook), false, `${language}/ has no cook mode page`);
  }
  return { chosen, skipped };
}

/** The folders of the binder's other languages in a build (`es`, `pt-br`): each has its own home page. */
function languageFolders(files: readonly BuiltHtmlFile[]): string[] {
  return files.flatMap((file) => /^([a-z]{2,3}(?:-[a-z0-9]+)?)\/index\.html$/.exec(file.file)?.[1] ?? []).sort();
}

function entryPages(files: readonly BuiltHtmlFile[], section: string): BuiltHtmlFile[] {
  const pattern = ENTRY_PAGE(section);
  return files.filter((file) => {
    const slug = pattern.exec(file.file)?.[1];
    return slug !== undefined && !LISTING_PAGE.test(slug);
  });
}

/** The largest file; ties go to the first in path order, so the choice is stable. */
function largest(files: readonly BuiltHtmlFile[]): BuiltHtmlFile | undefined {
  return sortedByPath(files).reduce<BuiltHtmlFile | undefined>((best, file) => (!best || file.bytes > best.bytes ? file : best), undefined);
}

function median(files: readonly BuiltHtmlFile[]): BuiltHtmlFile | undefined {
  const sorted = sortedByPath(files).sort((a, b) => a.bytes - b.bytes);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

function sortedByPath(files: readonly BuiltHtmlFile[]): BuiltHtmlFile[] {
  return [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

function urlPath(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}
