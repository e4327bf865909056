import { isMap, type Document } from 'yaml';
import { parseYamlText, type ParsedYaml } from './yaml-document.ts';

/** A content file parsed for checking: its data, and a way back from a field path to a line. */
export interface SourceFile {
  /** Path relative to the project, as printed in messages: `content/recipes/pizza-dough.mdx`. */
  readonly file: string;
  /** The parsed YAML (the frontmatter, for MDX), or undefined when it did not parse. */
  readonly data: unknown;
  /** The MDX body after the frontmatter; empty for YAML files. */
  readonly body: string;
  /** The file line the body starts on. */
  readonly bodyLine: number;
  /** Syntax problems, with the line they are on. */
  readonly syntaxErrors: ReadonlyArray<{ line: number; message: string; fix: string }>;
  /** The file line of a field path, or of its nearest ancestor that exists. */
  lineOf(path: ReadonlyArray<string | number>): number;
}

/** Parses a YAML data file; `parsed`, when given for the same text, is used instead of parsing again. */
export function parseYamlFile(file: string, text: string, parsed?: ParsedYaml): SourceFile {
  return fromYaml(file, text, 0, '', 1, parsed);
}

/**
 * Parses an MDX entry: YAML frontmatter between `---` lines, then the body.
 * Line numbers point into the whole file.
 */
export function parseMdxFile(file: string, text: string, parsedFrontmatter?: ParsedYaml): SourceFile {
  const match = /^---\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)/m.exec(text);
  if (!text.startsWith('---') || !match) {
    return {
      file,
      data: undefined,
      body: text,
      bodyLine: 1,
      syntaxErrors: [{ line: 1, message: 'has no frontmatter', fix: 'start the file with a line `---`, the fields, and another `---` line' }],
      lineOf: () => 1,
    };
  }
  const frontmatter = match[1] ?? '';
  const bodyLine = 1 + (match[0].match(/\n/g)?.length ?? 0);
  return fromYaml(file, frontmatter, 1, text.slice(match[0].length), bodyLine, parsedFrontmatter);
}

function fromYaml(file: string, text: string, lineOffset: number, body: string, bodyLine: number, parsed?: ParsedYaml): SourceFile {
  // A parse of other text (the rules split the frontmatter their own way) is not used.
  const { doc, lineCounter } = parsed?.text === text ? parsed : parseYamlText(text);
  const syntaxErrors = doc.errors.map((error) => ({
    line: lineOffset + lineCounter.linePos(error.pos[0]).line,
    message: `is not valid YAML: ${error.message.split('\n')[0]}`,
    fix: yamlFix(error.code),
  }));
  const lineOf = (path: ReadonlyArray<string | number>): number => {
    const offset = offsetOf(doc, path);
    return lineOffset + (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  };
  return { file, data: syntaxErrors.length > 0 ? undefined : doc.toJS(), body, bodyLine, syntaxErrors, lineOf };
}

/** Start offset of the deepest node along `path`; for a map key, the key itself. */
function offsetOf(doc: Document, path: ReadonlyArray<string | number>): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const parentPath = path.slice(0, Math.max(0, depth - 1));
    const last = path[depth - 1];
    const parent = depth === 0 ? doc.contents : doc.getIn(parentPath, true);
    if (depth === 0) return rangeStart(parent);
    if (isMap(parent)) {
      const pair = parent.items.find((item) => keyText(item.key) === String(last));
      if (pair) return rangeStart(pair.key) ?? rangeStart(pair.value);
      continue;
    }
    const node = doc.getIn([...parentPath, last as string | number], true);
    const start = rangeStart(node);
    if (start !== undefined) return start;
  }
  return undefined;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return range?.[0];
}

function keyText(key: unknown): string {
  return typeof key === 'object' && key !== null && 'value' in key ? String((key as { value: unknown }).value) : String(key);
}

function yamlFix(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'remove one of the two fields with this name';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'check the indentation: nested fields sit two spaces further in than their parent';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'put quotes around text that contains a colon followed by a space';
    default:
      return 'check quotes, colons and indentation on this line; text starting with @, `, [ or { needs quotes';
  }
}
