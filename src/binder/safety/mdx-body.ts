import { mdxToMdast } from 'satteri';
import { INLINE_HTML_ALLOWLIST, INLINE_HTML_ATTRIBUTE_ALLOWLIST, MDX_COMPONENT_ALLOWLIST } from './allowlists.ts';
import type { SafetyFinding } from './rules.ts';
import { judgeScheme, judgeUrl } from './url-safety.ts';

/** Elements that load, run, embed or submit something: named in the message, since they are what attacks use. */
const ACTIVE_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'style', 'link', 'meta', 'form', 'base', 'frame', 'frameset', 'applet', 'svg', 'math', 'img', 'video', 'audio', 'source', 'input', 'button', 'textarea']);

/** The parts of an mdast node the walk reads (the mdx node types are structural, not imported). */
interface MdxNode {
  readonly type: string;
  readonly name?: string | null;
  readonly value?: unknown;
  readonly url?: string;
  readonly attributes?: readonly MdxNode[];
  readonly children?: readonly MdxNode[];
  readonly position?: { readonly start: { readonly line: number } };
}

/**
 * The parser the site renders bodies with (src/binder/body/render-body.ts), with the same
 * features: the gate judges exactly the tree that becomes the page.
 */
const FEATURES = { gfm: true, smartPunctuation: true } as const;

/**
 * Checks an MDX body the way the site will render it: the body must parse as MDX and hold
 * only Markdown plus allowlisted inline elements — no import/export, no `{…}`
 * expressions, no components or active HTML, no event handlers, no code or escaping
 * URLs. `compiled` is the whole file with its frontmatter blanked (so lines are file
 * lines); `fromFolder` is the file's folder relative to content/.
 */
export function checkMdxBody(compiled: string, fromFolder: string): SafetyFinding[] {
  let tree: MdxNode;
  try {
    tree = mdxToMdast(compiled, { features: FEATURES }) as unknown as MdxNode;
  } catch (error) {
    // Sätteri's message starts with the file's `line:column`.
    const message = String((error as Error).message ?? error).split('\n')[0] ?? '';
    const [, line = '1', reason = message] = /^(\d+):\d+:\s*(.*)$/.exec(message) ?? [];
    return [{ rule: 'mdx-syntax', line: Number(line), message: `does not parse as MDX: ${reason}` }];
  }
  const findings: SafetyFinding[] = [];
  const walk = (node: MdxNode) => {
    findings.push(...inspect(node, fromFolder));
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return findings;
}

function inspect(node: MdxNode, fromFolder: string): SafetyFinding[] {
  const line = node.position?.start.line ?? 1;
  switch (node.type) {
    case 'mdxjsEsm':
      return [{ rule: 'mdx-import-export', line, message: `has the statement \`${snippet(node.value)}\`, which would run as code when the site is built` }];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return [{ rule: 'mdx-expression', line, message: `has the JavaScript expression \`{${snippet(node.value)}}\`, which would run when the site is built` }];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return [...inspectElement(node.name ?? null, line), ...(node.attributes ?? []).flatMap((attribute) => inspectAttribute(node.name ?? null, attribute, line))];
    case 'link':
    case 'image':
    case 'definition': {
      const verdict = judgeUrl(node.url ?? '', fromFolder);
      const what = node.type === 'image' ? 'an image' : node.type === 'link' ? 'a link' : 'a link definition';
      return verdict ? [{ rule: verdict.rule, line, message: `has ${what} to \`${verdict.shown}\`, ${verdict.reason}` }] : [];
    }
    case 'html':
      // MDX turns HTML into JSX; raw HTML here would mean the parser changed under us.
      return [{ rule: 'html-element', line, message: `has raw HTML \`${snippet(node.value)}\`` }];
    default:
      return [];
  }
}

function inspectElement(name: string | null, line: number): SafetyFinding[] {
  if (name === null) return [{ rule: 'mdx-component', line, message: 'has a JSX fragment `<>`, which is not Markdown' }];
  const lower = name.toLowerCase();
  if (ACTIVE_ELEMENTS.has(lower)) {
    return [{ rule: 'html-element', line, message: `has the element \`<${name}>\`, which can load, run or submit things from the page` }];
  }
  const isComponent = /^[A-Z]/.test(name) || name.includes('.');
  if (isComponent) {
    return MDX_COMPONENT_ALLOWLIST.includes(name) ? [] : [{ rule: 'mdx-component', line, message: `uses the component \`<${name}>\`, which is not one of the binder’s components` }];
  }
  return INLINE_HTML_ALLOWLIST.includes(name) ? [] : [{ rule: 'html-element', line, message: `has the element \`<${name}>\`, which is not an allowed inline tag` }];
}

function inspectAttribute(element: string | null, attribute: MdxNode, elementLine: number): SafetyFinding[] {
  const line = attribute.position?.start.line ?? elementLine;
  const tag = `<${element ?? ''}>`;
  if (attribute.type === 'mdxJsxExpressionAttribute') {
    return [{ rule: 'mdx-expression', line, message: `has the attribute expression \`{${snippet(attribute.value)}}\` on \`${tag}\`, which would run when the site is built` }];
  }
  const name = attribute.name ?? '';
  const findings: SafetyFinding[] = [];
  if (typeof attribute.value === 'object' && attribute.value !== null) {
    const expression = (attribute.value as { value?: unknown }).value;
    findings.push({ rule: 'mdx-expression', line, message: `sets \`${name}\` on \`${tag}\` to the expression \`{${snippet(expression)}}\`, which would run when the site is built` });
  }
  // Only tags that are otherwise allowed get the attribute allowlist: a refused tag is refused already.
  const isAllowedInline = element !== null && INLINE_HTML_ALLOWLIST.includes(element);
  if (/^on/i.test(name)) {
    findings.push({ rule: 'html-event-handler', line, message: `has the event handler \`${name}\` on \`${tag}\`, which runs JavaScript in the reader’s browser` });
  } else if (isAllowedInline && !INLINE_HTML_ATTRIBUTE_ALLOWLIST.includes(name)) {
    findings.push({ rule: 'html-attribute', line, message: `has the attribute \`${name}\` on \`${tag}\`; only \`title\` is allowed` });
  }
  if (typeof attribute.value === 'string') {
    const verdict = judgeScheme(attribute.value);
    if (verdict) findings.push({ rule: verdict.rule, line, message: `sets \`${name}\` on \`${tag}\` to \`${verdict.shown}\`, ${verdict.reason}` });
  }
  return findings;
}

/** The first line of some code, short enough for a message. */
function snippet(value: unknown): string {
  const text = String(value ?? '').trim().split('\n')[0] ?? '';
  return text.length > 50 ? `${text.slice(0, 47)}…` : text;
}
