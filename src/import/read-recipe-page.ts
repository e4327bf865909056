/**
 * A recipe web page (saved HTML, or JSON-LD on its own) read into the format-neutral
 * ImportedRecipe. recipe-scrapers does the reading: schema.org Recipe in JSON-LD
 * (`@graph`, arrays of types, HowToSection/HowToStep, ISO 8601 durations, entities) or
 * in microdata, and the ingredient groups of the common recipe plugins' markup. What
 * it leaves out, the licence and the page's declared language, is read here from the
 * same parsed document.
 *
 * The page is hostile until proven otherwise: it is parsed, never run (cheerio builds
 * a tree; nothing executes), every value is taken as text (tags stripped, so
 * `<script>` in a name is the word "script" at most), a page over MAX_PAGE_BYTES is
 * refused with its size, and a JSON-LD block nested deeper than MAX_JSON_DEPTH is
 * dropped before anything walks it.
 */
import { load, type CheerioAPI } from 'cheerio';
import { getScraper, LogLevel } from 'recipe-scrapers';
import type { ImportedLine, ImportedRecipe, ImportedStep, ReadResult } from '../domain/import/imported-recipe.ts';
import { readIngredientLine } from '../domain/import/read-ingredient-line.ts';
import { megabytes } from './fetch-limited.ts';
import { plainText } from './plain-text.ts';

/** The largest page read: a recipe page with its markup is rarely over 2 MB. */
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;

/** JSON-LD deeper than this is not a recipe but an attack on whatever walks it. */
export const MAX_JSON_DEPTH = 64;

const JSON_LD = 'script[type="application/ld+json"]';

/**
 * Reads the recipes of one page. `origin` names it in the report (a file or the URL);
 * `url` is the page's address when known (it picks the site's own extraction rules
 * and is kept as the credit's link).
 */
export async function readRecipePage(html: string, origin: string, url?: string): Promise<ReadResult> {
  const bytes = Buffer.byteLength(html, 'utf8');
  if (bytes > MAX_PAGE_BYTES) {
    return refused(origin, `is ${megabytes(bytes)}, over the ${megabytes(MAX_PAGE_BYTES)} a recipe page may be`, 'save the recipe page alone (File → Save Page As → "HTML only"), or import its JSON-LD as a .json file');
  }
  const $ = load(html);
  const problems = dropDeepJsonLd($, origin);
  const structured = recipeNodes($, origin, problems);
  const microdata = $('[itemtype*="schema.org/Recipe" i]').length > 0;
  if (structured.length === 0 && !microdata) {
    const reason = problems.length > 0 ? 'has no schema.org Recipe this importer can read' : 'has no schema.org Recipe (neither JSON-LD nor microdata)';
    return { recipes: [], problems: [...problems, { where: origin, message: reason, fix: 'import a recipe page that embeds a schema.org Recipe (most recipe sites do), or write the recipe in the spreadsheet template (templates/costing-sheet.csv)' }] };
  }
  const address = url ?? 'https://imported.invalid/';
  const Scraper = getScraper(address, { wildMode: true });
  const scraper = new Scraper($.html(), address, { logLevel: LogLevel.ERROR });
  const field = async <T>(name: Parameters<typeof scraper.extract>[0]): Promise<T | undefined> => {
    try {
      return (await scraper.extract(name)) as T;
    } catch {
      return undefined; // a field the page does not give
    }
  };
  const title = plainText((await field<string>('title')) ?? '');
  const node = structured[0];
  const language = languageOf($, node);
  const groups = (await field<Array<{ name: string | null; items: Array<{ value: string }> }>>('ingredients')) ?? ingredientGroups($, node);
  const ingredients: ImportedLine[] = groups.flatMap((group) =>
    // A page may give its ingredients as one string, a line each.
    group.items.flatMap((item) => item.value.split(/\r?\n|<br\s*\/?>/i)).map((value) => plainText(value)).filter((text) => text !== '').map((text) => readIngredientLine(text, { language, group: group.name ? plainText(group.name) : undefined })),
  );
  if (title === '') return { recipes: [], problems: [...problems, { where: origin, message: 'has a Recipe with no name', fix: 'this page cannot be imported as it is; write the recipe in the spreadsheet template instead' }] };
  if (ingredients.length === 0) {
    return { recipes: [], problems: [...problems, { where: origin, message: `has a Recipe ("${title}") with no ingredients`, fix: 'nothing was written: a recipe without ingredients cannot be costed, scaled or checked for allergens — import a page that lists them' }] };
  }
  const sections = (await field<Array<{ name: string | null; items: Array<{ value: string }> }>>('instructions')) ?? [];
  const steps: ImportedStep[] = sections.flatMap((section) =>
    section.items.map((item) => plainText(item.value)).filter((text) => text !== '').map((text) => ({ segments: [text], ...(section.name ? { section: plainText(section.name) } : {}) })),
  );
  // A recipe that says what it is based on is credited to that, as an exported binder recipe is.
  const basedOn = node?.['isBasedOn'] as JsonObject | undefined;
  const basedOnUrl = typeof basedOn?.['url'] === 'string' && safeHttpUrl(basedOn['url']) ? basedOn['url'] : undefined;
  const basedOnPublisher = plainText((basedOn?.['publisher'] as JsonObject | undefined)?.['name']);
  const basedOnAuthor = plainText((basedOn?.['author'] as JsonObject | undefined)?.['name']);
  const creditUrl = basedOnUrl ?? pageUrl(url, $, node);
  const author = basedOnAuthor || plainText((await field<string>('author')) ?? '');
  // A derived recipe's licence is its source's: the page's own is the derivative's.
  const licence = basedOn ? jsonLicence(basedOn) : licenceOf($, node);
  const publisher = basedOnPublisher || plainText((await field<string>('siteName')) ?? '');
  const credit = {
    ...(creditUrl && { url: creditUrl }),
    ...(author !== '' && { author }),
    ...(licence && { licence }),
    ...(publisher !== '' && { publisher }),
  };
  const minutes = async (name: 'prepTime' | 'cookTime' | 'totalTime') => positive(await field<number | null>(name));
  const [prepMinutes, cookMinutes, totalMinutes] = [await minutes('prepTime'), await minutes('cookTime'), await minutes('totalTime')];
  // The page's own words ("4 porzioni", "Makes 12") say more than the scraper's normalised "4 items".
  const yieldText = rawYield($, node) ?? plainText((await field<string>('yields')) ?? '');
  const summary = plainText((await field<string>('description')) ?? '');
  const categories = [...listOf(await field('category')), ...listOf(await field('cuisine'))].map(plainText).filter(nonEmpty);
  const image = await field<string>('image');
  const equipment = listOf(await field('equipment')).map(plainText).filter(nonEmpty);
  const recipe: ImportedRecipe = {
    origin,
    title,
    ...(summary !== '' && { summary }),
    ...(language && { language }),
    ...(yieldText !== '' && { yieldText }),
    ...(prepMinutes !== undefined && { prepMinutes }),
    ...(cookMinutes !== undefined && { cookMinutes }),
    ...(totalMinutes !== undefined && { totalMinutes }),
    ...(categories.length > 0 && { categories }),
    ingredients,
    steps,
    ...(equipment.length > 0 && { equipment }),
    ...(image && safeHttpUrl(image) && { image }),
    ...(Object.keys(credit).length > 0 && { credit }),
  };
  return { recipes: [recipe], problems };
}

/** JSON-LD blocks nested too deep are removed (and reported) before the scraper walks them. */
function dropDeepJsonLd($: CheerioAPI, origin: string): Array<ReadResult['problems'][number]> {
  const problems: Array<ReadResult['problems'][number]> = [];
  $(JSON_LD).each((index, element) => {
    const depth = nestingDepth($(element).text());
    if (depth > MAX_JSON_DEPTH) {
      problems.push({ where: origin, message: `JSON-LD block ${index + 1} is nested ${depth} levels deep (over ${MAX_JSON_DEPTH}); it was not read`, fix: 'no recipe page nests that deep: if the recipe is elsewhere on the page, it is still read' });
      $(element).remove();
    }
  });
  return problems;
}

/** How deep brackets nest in a JSON text, counted without parsing it (strings skipped). */
export function nestingDepth(json: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < json.length; index += 1) {
    const char = json[index];
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') deepest = Math.max(deepest, (depth += 1));
    else if (char === '}' || char === ']') depth -= 1;
  }
  return deepest;
}

type JsonObject = Record<string, unknown>;

/** Every schema.org Recipe in the page's JSON-LD, through `@graph` and arrays; a block that is not JSON is skipped. */
function recipeNodes($: CheerioAPI, origin: string, problems: Array<ReadResult['problems'][number]>): JsonObject[] {
  const found: JsonObject[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > MAX_JSON_DEPTH || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((item) => visit(item, depth + 1));
    const node = value as JsonObject;
    const type = node['@type'];
    if ((Array.isArray(type) ? type : [type]).some((each) => typeof each === 'string' && /(^|\/)Recipe$/i.test(each))) found.push(node);
    if (node['@graph'] !== undefined) visit(node['@graph'], depth + 1);
  };
  $(JSON_LD).each((index, element) => {
    try {
      visit(JSON.parse($(element).text()), 0);
    } catch (error) {
      problems.push({ where: origin, message: `JSON-LD block ${index + 1} is not valid JSON (${(error as Error).message.replace(/\s+/g, ' ')})`, fix: 'the page’s structured data is broken; if the recipe is also in microdata it is still read, otherwise ask the site to fix it or use the spreadsheet template' });
    }
  });
  return found;
}

/**
 * The ingredients when recipe-scrapers finds none: `recipeIngredient` as one string of
 * lines (which it does not split), with the groups the recipe plugin's visible markup
 * gives them (WP Recipe Maker, Tasty Recipes), matched line by line.
 */
function ingredientGroups($: CheerioAPI, node: JsonObject | undefined): Array<{ name: string | null; items: Array<{ value: string }> }> {
  const declared = node?.['recipeIngredient'] ?? node?.['ingredients'];
  const values = (Array.isArray(declared) ? declared.flat(2) : [declared]).flatMap((value) => (typeof value === 'string' ? value.split(/\r?\n/) : [])).map(plainText).filter(nonEmpty);
  const groupOf = new Map<string, string>();
  $('.wprm-recipe-ingredient-group, .tasty-recipes-ingredients-body h4 ~ ul').each((_, element) => {
    const group = $(element);
    const name = plainText(group.find('.wprm-recipe-group-name').first().text() || group.prev('h4').text());
    if (name === '') return;
    group.find('li').each((__, item) => void groupOf.set(comparable(plainText($(item).text())), name));
  });
  const result: Array<{ name: string | null; items: Array<{ value: string }> }> = [];
  for (const value of values) {
    const name = groupOf.get(comparable(value)) ?? null;
    const last = result[result.length - 1];
    if (last && last.name === name) last.items.push({ value });
    else result.push({ name, items: [{ value }] });
  }
  return result;
}

function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** `recipeYield` as the page writes it: of several ("6", "6 servings"), the one with words. */
function rawYield($: CheerioAPI, node: JsonObject | undefined): string | undefined {
  const declared = node?.['recipeYield'];
  const values = (Array.isArray(declared) ? declared : [declared]).map((value) => (typeof value === 'number' ? String(value) : plainText(value))).filter(nonEmpty);
  const microdata = $('[itemprop="recipeYield"]').first();
  if (values.length === 0 && microdata.length > 0) values.push(plainText(microdata.attr('content') ?? microdata.text()));
  return values.find((value) => /\p{L}/u.test(value)) ?? values.find(nonEmpty);
}

/** The licence a Recipe (or the page) declares: JSON-LD `license`, microdata itemprop="license", or <link rel="license">. */
function licenceOf($: CheerioAPI, node: JsonObject | undefined): string | undefined {
  return firstLicence([jsonLicence(node), $('[itemprop="license"]').attr('href') ?? $('[itemprop="license"]').attr('content') ?? $('[itemprop="license"]').text(), $('link[rel="license"], a[rel="license"]').attr('href')]);
}

/** A JSON-LD node's own `license` (a URL, or an object naming one). */
function jsonLicence(node: JsonObject | undefined): string | undefined {
  const declared = node?.['license'];
  const value = typeof declared === 'string' ? declared : typeof declared === 'object' && declared !== null ? ((declared as JsonObject)['url'] ?? (declared as JsonObject)['@id'] ?? (declared as JsonObject)['name']) : undefined;
  return firstLicence([value]);
}

/** The first licence given as words or an http(s) address: a `javascript:` one is no licence. */
function firstLicence(candidates: readonly unknown[]): string | undefined {
  for (const candidate of candidates) {
    const text = typeof candidate === 'string' ? plainText(candidate) : '';
    if (text !== '' && (!/^[a-z][a-z0-9+.-]*:/i.test(text) || safeHttpUrl(text))) return text;
  }
  return undefined;
}

/** The language the recipe says it is in (`inLanguage`), else the page's <html lang>. */
function languageOf($: CheerioAPI, node: JsonObject | undefined): string | undefined {
  const declared = node?.['inLanguage'];
  const tag = (typeof declared === 'string' ? declared : undefined) ?? $('html').attr('lang');
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}

/** The address to credit: the one the user fetched, else the page's own (canonical link, the Recipe's `url` or `mainEntityOfPage`); only http(s). */
function pageUrl(given: string | undefined, $: CheerioAPI, node: JsonObject | undefined): string | undefined {
  const page = node?.['mainEntityOfPage'];
  const candidates = [given, $('link[rel="canonical"]').attr('href'), node?.['url'], typeof page === 'object' && page !== null ? (page as JsonObject)['@id'] : page];
  return candidates.find((candidate): candidate is string => typeof candidate === 'string' && safeHttpUrl(candidate.trim()))?.trim();
}

/** Only http and https addresses are kept: `javascript:`, `data:` and the rest are dropped. */
export function safeHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== 'imported.invalid';
  } catch {
    return false;
  }
}

/** recipe-scrapers gives lists as arrays or Sets. */
function listOf(value: unknown): unknown[] {
  return value instanceof Set || Array.isArray(value) ? [...value] : [];
}

function positive(value: number | null | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

function nonEmpty(text: string): boolean {
  return text.trim() !== '';
}

function refused(origin: string, message: string, fix: string): ReadResult {
  return { recipes: [], problems: [{ where: origin, message, fix }] };
}
