/**
 * The part of an entry's page that src/render/ draws, read back from HTML: the page's
 * article from its section line (the eyebrow) on, or the editor preview's, without the
 * parts only one of them draws. What is left is written out again by one serialiser,
 * so two copies compare equal exactly when they hold the same elements, attributes and
 * text, whichever character references each writer chose (React writes ' as &#x27;,
 * Astro as &#39;); a run of whitespace counts as one space.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

/**
 * What only the page draws around the entry's own part (see src/render/*.ts, whose slots
 * the page fills): islands and their scripts, kitchens' trials and history, variant notes,
 * back-links, "Propose a change".
 */
const PAGE_ONLY_ELEMENTS = new Set(['script', 'recipe-scaler', 'kitchen-timers']);
const PAGE_ONLY_CLASSES = [
  'variant-note',
  'cooked-in',
  'local-variants',
  'cook-mode-link',
  'timer-start',
  'checklist-bar',
  'back-links',
  'kitchen-trials',
  'change-history',
  'propose-change',
];

/** The section an entry's body goes in (src/render/body-section.ts): its heading is drawn by both, the body by the page from Markdown and by the preview from Decap's widget. */
const BODY_SECTION = 'prose';
const BODY_HEADING = 'notes-heading';

function classes(element: Element): string[] {
  const value = element.properties['className'];
  return Array.isArray(value) ? value.map(String) : [];
}

function isPageOnly(node: ElementContent): boolean {
  return node.type === 'element' && (PAGE_ONLY_ELEMENTS.has(node.tagName) || classes(node).some((name) => PAGE_ONLY_CLASSES.includes(name)));
}

function find(nodes: ReadonlyArray<RootContent | ElementContent>, test: (element: Element) => boolean): Element | undefined {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    if (test(node)) return node;
    const inside = find(node.children, test);
    if (inside) return inside;
  }
  return undefined;
}

/** An island's element the page wraps part of the entry in (a slot's fallback, which the preview shows bare). */
const PAGE_ONLY_WRAPPERS = new Set(['procedure-checklist']);

/** `nodes` without the page-only parts, and with the page's island wrappers taken off what they wrap. */
function withoutPageOnly(nodes: readonly ElementContent[]): ElementContent[] {
  return nodes
    .filter((node) => !isPageOnly(node))
    .flatMap((node) => {
      if (node.type !== 'element') return [node];
      const children = classes(node).includes(BODY_SECTION) ? node.children.filter((child) => child.type === 'element' && child.properties['id'] === BODY_HEADING) : withoutPageOnly(node.children);
      return PAGE_ONLY_WRAPPERS.has(node.tagName) ? children : [{ ...node, children }];
    });
}

/** The entry's own part of a page or preview: its <article>'s content from the eyebrow on, as one normalised HTML text. */
export function entryRegion(html: string): string {
  const tree: Root = fromHtml(html);
  const article = find(tree.children, (element) => element.tagName === 'article');
  if (!article) throw new Error('no <article> in the HTML');
  const start = article.children.findIndex((node) => node.type === 'element' && node.tagName === 'p' && classes(node).includes('eyebrow'));
  if (start < 0) throw new Error('no eyebrow in the <article>');
  const region: Root = { type: 'root', children: withoutPageOnly(article.children.slice(start)) };
  return toHtml(region).replace(/\s+/g, ' ').trim();
}
