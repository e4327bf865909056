/**
 * What a built page makes the browser download before it is usable: its stylesheets,
 * its scripts (module and classic, and modules it preloads) and, through each module's
 * static `import`s, the modules those pull in. Dynamic `import()`s are left out on
 * purpose: they load later, when a cook asks for the feature, which is how a page keeps
 * its start-up JavaScript small. Pure: text in, references out.
 */

export interface PageAssetReferences {
  /** `<link rel="stylesheet" href>`, in document order. */
  readonly stylesheets: readonly string[];
  /** `<script src>` (module or classic) and `<link rel="modulepreload" href>`, in document order. */
  readonly scripts: readonly string[];
  /** `<script>` elements with code inside the page (the CSP blocks them; counted so a slip shows). */
  readonly inlineScripts: number;
  /** `<astro-island>` elements: an Astro component hydrated by a UI framework. */
  readonly frameworkIslands: number;
}

const TAG = /<(link|script|astro-island)\b([^>]*)>/gi;
const ATTRIBUTE = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
/** Script types the browser runs; anything else (application/json, ld+json) is a data block. */
const EXECUTABLE_SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** The stylesheets and scripts a page's HTML asks for. */
export function findPageAssets(html: string): PageAssetReferences {
  const stylesheets: string[] = [];
  const scripts: string[] = [];
  let inlineScripts = 0;
  let frameworkIslands = 0;
  const markup = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const match of markup.matchAll(TAG)) {
    const tag = match[1]!.toLowerCase();
    const attributes = parseAttributes(match[2] ?? '');
    if (tag === 'astro-island') {
      frameworkIslands++;
    } else if (tag === 'link') {
      const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
      const href = attributes.get('href');
      if (!href) continue;
      if (rel.includes('stylesheet')) stylesheets.push(href);
      else if (rel.includes('modulepreload')) scripts.push(href);
    } else {
      const type = (attributes.get('type') ?? '').trim().toLowerCase();
      if (!EXECUTABLE_SCRIPT_TYPES.has(type)) continue;
      const src = attributes.get('src');
      if (src) scripts.push(src);
      else inlineScripts++;
    }
  }
  return { stylesheets: unique(stylesheets), scripts: unique(scripts), inlineScripts, frameworkIslands };
}

/**
 * The specifiers of a JavaScript module's static imports and re-exports
 * (`import x from "./a.js"`, `import "./b.js"`, `export * from "./c.js"`, minified or
 * not), without its dynamic `import("./d.js")`s.
 */
export function findStaticImports(code: string): string[] {
  const specifiers: string[] = [];
  // A keyword not preceded by an identifier character or a dot (`.import` is a property),
  // then either a quote at once (`import"./a.js"`) or a binding list ending in `from`,
  // then a path: a browser can only load relative, absolute or full URLs (this site has
  // no import map), which also keeps the word "import" inside a string from counting.
  const STATIC_IMPORT = /(?<![\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*\bfrom\s*)?(["'])((?:\.{1,2}\/|\/|https?:\/\/)[^"'\n]*)\1/g;
  for (const match of code.matchAll(STATIC_IMPORT)) specifiers.push(match[2]!);
  return unique(specifiers);
}

function parseAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of text.matchAll(ATTRIBUTE)) {
    const name = match[1]!.toLowerCase();
    if (!attributes.has(name)) attributes.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

/** Enough of HTML's character references for a URL in an attribute. */
function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
