import { SLUG_PATTERN } from '../src/schemas/reference.ts';
import type { JsonSchemaNode } from './schema-node.ts';

/** The pattern `line()` in src/schemas/text.ts gives a single-line text field. */
const ONE_LINE_PATTERN = '^[^\\n\\r]*$';

/** Words whose label is not just the capitalised name. */
const LABEL_WORDS: Readonly<Record<string, string>> = { url: 'URL', src: 'image file', alt: 'alt text' };

/** "prepMinutes" → "Prep minutes", "url" → "URL": an editor label from a schema property name. */
export function labelOf(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .filter(Boolean)
    .map((word) => LABEL_WORDS[word.toLowerCase()] ?? word.toLowerCase());
  const label = words.join(' ');
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** "Ingredients" → "Ingredient", "Responsibilities" → "Responsibility", "Equipment" stays: a list item's label. */
export function singularOf(label: string): string {
  if (/ies$/.test(label)) return label.replace(/ies$/, 'y');
  if (/[^s]s$/.test(label)) return label.slice(0, -1);
  return label;
}

/** Whether a string field may hold line breaks (a `paragraph()`), and so deserves a text area. */
export function isMultiline(node: JsonSchemaNode): boolean {
  return node.pattern === undefined && node.format === undefined;
}

/**
 * The Decap `pattern` validation of a text field: its length limits and its form,
 * as one regular expression and the words Decap shows when it does not match
 * ("Title didn't match the pattern: one line of at most 80 characters").
 * Forms without plain words here are left to the binder check on the proposal,
 * which explains them in full.
 */
export function textRule(node: JsonSchemaNode): [pattern: string, message: string] | undefined {
  const min = node.minLength ?? 0;
  const max = node.maxLength;
  const length = max !== undefined ? `{${min},${max}}` : min > 0 ? `{${min},}` : '*';
  const limit = max !== undefined ? `at most ${max} characters` : undefined;

  if (node.pattern === ONE_LINE_PATTERN) {
    return [`^[^\\n\\r]${length}$`, limit ? `one line of ${limit}` : 'one line'];
  }
  if (node.pattern === SLUG_PATTERN.source) {
    return [node.pattern, 'lowercase letters, digits and single hyphens, like pizza-dough'];
  }
  if (node.pattern !== undefined) {
    return [node.pattern, 'the form the binder expects — the check on your proposal says how to fix it'];
  }
  if (node.format === 'uri') {
    return ['^https?://\\S+$', 'a web address starting with https://'];
  }
  if (limit) return [`^[\\s\\S]${length}$`, limit];
  return undefined;
}
