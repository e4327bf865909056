/**
 * The hostile-input rules: content arrives as proposals from anyone, so it is data and
 * never code. Each rule has an id (printed with every problem, so a contributor can look
 * it up) and the general way to fix what it refuses.
 */

/** Rule id → how to fix a file the rule refuses. */
export const SAFETY_RULES = {
  'mdx-syntax':
    'MDX reads `<`, `{` and `}` as code: write “at least”, “under”, ≥ or ≤ instead, and put code-like text in backticks',
  'mdx-frontmatter': 'start the file with a line `---`, then the fields, then a line that holds only `---`',
  'mdx-import-export': 'delete the statement: bodies are plain Markdown and cannot load code (reword a line that starts with “import” or “export”)',
  'mdx-expression': 'remove the braces and write the text itself; to show a brace, put it in backticks',
  'mdx-component': 'remove the tag and write plain Markdown; the binder offers no components in bodies yet',
  'html-element': 'remove the tag and use Markdown (## headings, lists, **bold**, [links](https://…)); the allowed inline tags are listed in src/binder/safety/allowlists.ts',
  'html-event-handler': 'remove the attribute: content cannot run code in the reader’s browser',
  'html-attribute': 'remove the attribute; inline tags may only carry `title`',
  'unsafe-url': 'link to an `https://` address or to a page of the binder; only http, https, mailto and tel links are allowed',
  'path-escape': 'use a path inside content/ (images live in content/media/, e.g. `media/<name>.jpg`) or a full `https://` address',
  'yaml-alias': 'write the values out in full instead of using `&anchor` and `*alias`',
  'yaml-tag': 'remove the `!tag` and write a plain value (text, number, list or fields)',
  'yaml-prototype-key': 'rename the field: `__proto__`, `constructor` and `prototype` are never binder fields',
  'file-too-large': 'split the entry, or shorten its notes; a content file holds at most 256 KB',
  'file-symlink': 'replace the link with the real file (copy it into content/), or delete it',
  'file-not-regular': 'replace it with a plain text file, or delete it',
  'file-outside-content': 'move the file into content/ itself; no folder under content/ may link elsewhere',
  'media-file': 'keep only images in content/media/ (jpg, jpeg, png, webp or avif, with matching contents), and point `src` at one of them',
} as const;

/** The id of a hostile-input rule. */
export type SafetyRuleId = keyof typeof SAFETY_RULES;

/**
 * Unknown fields are refused by the strict schemas rather than by a safety check, but
 * carry a rule id too so every refusal of outside input can be looked up the same way.
 */
export const UNKNOWN_FIELD_RULE = 'unknown-field';

/** One thing a safety check found in a file, before it is placed into a problem report. */
export interface SafetyFinding {
  readonly rule: SafetyRuleId;
  /** Line in the whole file (frontmatter included). */
  readonly line: number;
  /** What is wrong, without the rule tag. */
  readonly message: string;
  /** Field path for findings inside YAML, dotted; empty for the body or the file. */
  readonly field?: string;
}

/** The tag every refusal ends its message with: ` (rule: mdx-expression)`. */
export function ruleTag(rule: string): string {
  return ` (rule: ${rule})`;
}

/** True for a problem raised by a hostile-input rule (these stop dev as well as the build). */
export function isSafetyProblem(problem: { readonly rule?: string | undefined }): boolean {
  return problem.rule !== undefined && Object.hasOwn(SAFETY_RULES, problem.rule);
}
