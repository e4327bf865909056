/**
 * One parse of a YAML text, for the safety rules and the checker's reader alike: they
 * read the same file one after the other, and parsing YAML is most of what checking a
 * binder costs. The document is only read after parsing, never changed, so sharing it
 * is safe.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';

export interface ParsedYaml {
  /** The text that was parsed. */
  readonly text: string;
  readonly doc: Document;
  readonly lineCounter: LineCounter;
}

/** Parses strictly: duplicate keys are errors, and nothing is built from the tree yet. */
export function parseYamlText(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  return { text, doc, lineCounter };
}
