/**
 * The canonical text of a binder file: byte for byte what Decap CMS writes when it
 * loads the entry and saves it unchanged, so a proposal made in the editor changes
 * only the lines of the fields it changed.
 *
 * Everything is done by Decap's own code (see decap-serializers.ts): its YAML 1
 * formatter, its frontmatter formatter (gray-matter), and the markdown widget's
 * markdown → Slate → markdown round trip for the body. The one addition is that
 * nested keys are put in schema order too (see schema-key-order.ts).
 */
import type { SchemaNode } from '../domain/references.ts';
import { loadDecapSerializers, type DecapSerializers, type MarkdownSerializerOptions } from './decap-serializers.ts';
import { fieldOrder, orderKeysLikeSchema } from './schema-key-order.ts';

/** How an entry is stored: YAML data, or YAML frontmatter plus a markdown body. */
export type EntryFormat = 'yaml' | 'mdx';

/** An entry's fields as plain data (the parsed YAML, or the frontmatter). */
export type EntryData = Record<string, unknown>;

/** Turns entries into the text the CMS would write for them. */
export interface CanonicalForm {
  /** The canonical form of a file's text. Throws CanonicalFormError when Decap cannot read it. */
  of(format: EntryFormat, text: string, schema: SchemaNode): string;
  /** What the CMS writes for a YAML entry holding `data`. */
  yamlText(data: EntryData, schema: SchemaNode): string;
  /** What the CMS writes for an MDX entry with frontmatter `data` and `body` (undefined: no body). */
  mdxText(data: EntryData, body: string | undefined, schema: SchemaNode): string;
  /** The markdown widget's rewrite of a body: `*` bullets, no trailing blank lines, … */
  markdown(body: string): string;
}

/** Decap could not read a file (its YAML 1 parser is stricter in places than ours). */
export class CanonicalFormError extends Error {
  override name = 'CanonicalFormError';
}

/*
 * What the markdown widget's editor passes: decap-cms-app registers a code-block
 * editor component, so code blocks are void blocks; no remark plugins are registered.
 */
const MARKDOWN_OPTIONS: MarkdownSerializerOptions = { voidCodeBlock: true, remarkPlugins: [] };

/** Loads Decap's serialisers (bundling them on first use) and returns the canonical form. */
export async function loadCanonicalForm(): Promise<CanonicalForm> {
  return canonicalFormWith(await loadDecapSerializers());
}

function canonicalFormWith(decap: DecapSerializers): CanonicalForm {
  const frontmatter = decap.frontmatterYAML();
  const markdown = (body: string) => decap.slateToMarkdown(decap.markdownToSlate(body, MARKDOWN_OPTIONS), MARKDOWN_OPTIONS);
  const yamlText = (data: EntryData, schema: SchemaNode) =>
    withFinalNewline(decap.yamlFormatter.toFile(orderKeysLikeSchema(data, schema) as EntryData, fieldOrder(schema)));
  const mdxText = (data: EntryData, body: string | undefined, schema: SchemaNode) => {
    const fields = orderKeysLikeSchema(data, schema) as EntryData;
    const entry = body === undefined ? fields : { ...fields, body: markdown(body) };
    return withFinalNewline(frontmatter.toFile(entry, [...fieldOrder(schema), 'body']));
  };
  return {
    of(format, text, schema) {
      if (format === 'yaml') return yamlText(readWith(() => decap.yamlFormatter.fromFile(text)), schema);
      const { body, ...data } = readWith(() => frontmatter.fromFile(text));
      return mdxText(data, body, schema);
    },
    yamlText,
    mdxText,
    markdown,
  };
}

function readWith<T>(read: () => T): T & EntryData {
  let data: T;
  try {
    data = read();
  } catch (error) {
    throw new CanonicalFormError(`the editor cannot read this file: ${(error as Error).message.replace(/\s+/g, ' ').trim()}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new CanonicalFormError('the editor cannot read this file: it is not a list of `field: value` lines');
  }
  return data as T & EntryData;
}

/** Decap's backend adds a final newline when the formatter left none (entryToRaw). */
function withFinalNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}
