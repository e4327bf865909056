/**
 * Renders an entry's body (Markdown plus the allowlisted inline tags, after the
 * hostile-input gate) straight to HTML, once, in the content loader: no body is ever
 * compiled into a JavaScript module, so content has no path to code at build time and
 * a thousand bodies cost a thousand parses instead of a thousand module compiles.
 *
 * Parsing is Sätteri's, the MDX parser Astro itself uses, with Astro's defaults (GFM,
 * smart punctuation), so a page reads as it did when Astro compiled the body. The walk
 * below is an allowlist of its own: an element, attribute or node the binder does not
 * know is an error, never output.
 */
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast } from 'satteri';
import { judgeScheme, judgeUrl } from '../safety/url-safety.ts';
import { allows, INLINE_ATTRIBUTES, INLINE_ELEMENTS, MARKDOWN_ELEMENTS } from './body-elements.ts';
import { siteUrlOf } from './body-urls.ts';

/** How a body's headings sit in its page. */
export interface BodyOutline {
  /** Levels every heading moves down: 1 under a page's own `h2` section ("Chef's notes"), 0 for a body that is the page. */
  readonly shift: number;
  /** The highest level a heading may take after the shift (3 under a section's `h2`). */
  readonly topLevel: number;
  /** Put before every heading id, so a body's "Storage" cannot clash with the page's own #storage. */
  readonly idPrefix: string;
}

export interface RenderBodyOptions {
  readonly outline: BodyOutline;
  /** The body's folder relative to its binder (`recipes`): relative links start there. */
  readonly folder: string;
  /** The site's base path ("/" or "/binder/"), put before the site URLs links resolve to. */
  readonly base: string;
  /** The file line the body starts on, so errors name lines of the file. */
  readonly firstLine?: number;
}

/** One heading of a body, as Astro's `render()` reports them. */
export interface BodyHeading {
  readonly depth: number;
  readonly slug: string;
  readonly text: string;
}

export interface RenderedBody {
  readonly html: string;
  readonly headings: BodyHeading[];
}

/** A body holds something the renderer does not draw: the gate should have refused it. */
export class BodyRenderError extends Error {
  override name = 'BodyRenderError';
  /** Line of the file. */
  readonly line: number;
  constructor(line: number, what: string) {
    super(`line ${line}: ${what}, which a body may not hold — rewrite it as plain Markdown (run \`npm run check\` for the rule and its fix)`);
    this.line = line;
  }
}

/** Astro's defaults for Markdown, which the pages were built with before bodies were rendered here. */
const FEATURES = { gfm: true, smartPunctuation: true } as const;

/** Written as Astro wrote compiled bodies (`<br/>`, `&lt;`, bare empty attributes), so pages keep their bytes. */
const SERIALIZE = { closeSelfClosing: true, tightSelfClosing: true, collapseEmptyAttributes: true, characterReferences: { useNamedReferences: true } } as const;

/** A hast node as Sätteri gives it: hast, plus the MDX nodes a body may not keep. */
type SourceNode = RootContent & {
  readonly name?: string | null;
  readonly attributes?: ReadonlyArray<{ type: string; name?: string; value?: unknown }>;
  readonly position?: { readonly start: { readonly line: number } };
};

export function renderBody(body: string, options: RenderBodyOptions): RenderedBody {
  const tree = parse(body, options.firstLine ?? 1);
  const lineOf = (node: { position?: { start: { line: number } } }) => (options.firstLine ?? 1) + (node.position?.start.line ?? 1) - 1;
  const slugger = new GithubSlugger();
  const headings: BodyHeading[] = [];

  const children = (nodes: readonly RootContent[]): ElementContent[] => nodes.map((node) => convert(node as SourceNode));

  function convert(node: SourceNode): ElementContent {
    switch (node.type) {
      case 'text':
        return { type: 'text', value: node.value };
      case 'element':
        return element(node);
      case 'mdxJsxTextElement' as string:
      case 'mdxJsxFlowElement' as string:
        return inlineTag(node);
      default:
        throw new BodyRenderError(lineOf(node), describe(node));
    }
  }

  function element(node: Element & SourceNode): Element {
    const allowed = MARKDOWN_ELEMENTS[node.tagName];
    if (!allowed) throw new BodyRenderError(lineOf(node), `the element \`<${node.tagName}>\``);
    const properties: Element['properties'] = {};
    for (const [name, value] of Object.entries(node.properties ?? {})) {
      if (value === undefined || value === null) continue;
      if (!allows(allowed[name], value)) throw new BodyRenderError(lineOf(node), `\`${name}\` on \`<${node.tagName}>\``);
      properties[name] = asAstroWrote(name, value);
    }
    for (const name of ['href', 'src'] as const) {
      const url = properties[name];
      if (typeof url !== 'string') continue;
      if (judgeUrl(url, options.folder) || judgeUrl(percentDecoded(url), options.folder)) throw new BodyRenderError(lineOf(node), `the ${name === 'src' ? 'image' : 'link'} \`${url}\``);
      properties[name] = siteUrlOf(url, options.folder, options.base) ?? url;
    }
    if (node.tagName === 'img') Object.assign(properties, { loading: 'lazy', decoding: 'async' });
    const converted: Element = { type: 'element', tagName: node.tagName, properties, children: children(node.children) };
    return /^h[1-6]$/.test(node.tagName) ? heading(converted) : converted;
  }

  /**
   * A chef's heading: moved down under the page's own, with an id from its text as
   * Astro gives it. The footnotes' own heading keeps the id their links point at.
   */
  function heading(node: Element): Element {
    const text = textOf(node);
    const depth = Math.min(6, Math.max(options.outline.topLevel, Number(node.tagName[1]) + options.outline.shift));
    const id = typeof node.properties.id === 'string' ? node.properties.id : `${options.outline.idPrefix}${slugger.slug(text)}`;
    headings.push({ depth, slug: id, text });
    return { ...node, tagName: `h${depth}`, properties: { ...node.properties, id } };
  }

  function inlineTag(node: SourceNode): Element {
    const name = node.name ?? '';
    if (!INLINE_ELEMENTS.has(name)) throw new BodyRenderError(lineOf(node), name === '' ? 'a JSX fragment `<>`' : `the tag \`<${name}>\``);
    const properties: Element['properties'] = {};
    for (const attribute of node.attributes ?? []) {
      const literal = attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string';
      if (!literal || !INLINE_ATTRIBUTES.has(attribute.name ?? '')) throw new BodyRenderError(lineOf(node), `the attribute \`${attribute.name ?? '{…}'}\` on \`<${name}>\``);
      if (judgeScheme(attribute.value as string)) throw new BodyRenderError(lineOf(node), `the address \`${attribute.name}\` holds on \`<${name}>\``);
      properties[attribute.name!] = attribute.value as string;
    }
    return { type: 'element', tagName: name, properties, children: children(('children' in node ? node.children : []) as RootContent[]) };
  }

  const html = toHtml({ type: 'root', children: children(tree.children) }, SERIALIZE);
  return { html, headings };
}

/** A property as Astro wrote it when it compiled bodies, so pages stay byte-for-byte the same. */
function asAstroWrote(name: string, value: NonNullable<Element['properties'][string]>): NonNullable<Element['properties'][string]> {
  if (name === 'style' && typeof value === 'string') return value.replace(/:\s+/g, ':');
  if (name.startsWith('data') && value === true) return 'true';
  // GFM hides the footnotes' heading with a class the site calls by its own name.
  if (name === 'className' && Array.isArray(value) && value.includes('sr-only')) return value.map((item) => (item === 'sr-only' ? 'visually-hidden' : item));
  return value;
}

/** Markdown writes a link's odd characters as `%09`; a browser never decodes them back, but the renderer judges both. */
function percentDecoded(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

function parse(body: string, firstLine: number): Root {
  try {
    return mdxToHast(body, { features: FEATURES }) as unknown as Root;
  } catch (error) {
    // Sätteri's message starts with the body's `line:column`.
    const message = String((error as Error).message ?? error).split('\n')[0] ?? '';
    const [, line = '1', reason = message] = /^(\d+):\d+:\s*(.*)$/.exec(message) ?? [];
    throw new BodyRenderError(firstLine + Number(line) - 1, `text that does not parse as MDX (${reason})`);
  }
}

function textOf(node: ElementContent | RootContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((child) => textOf(child as ElementContent)).join('') : '';
}

function describe(node: SourceNode): string {
  switch (node.type as string) {
    case 'mdxjsEsm':
      return 'an `import` or `export` statement';
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return 'a `{…}` expression';
    case 'raw':
      return 'raw HTML';
    case 'comment':
      return 'an HTML comment';
    default:
      return `a \`${node.type}\` node`;
  }
}
