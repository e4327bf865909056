import { isAlias, isPair, isScalar, isSeq, visit, type Document } from 'yaml';
import { parseYamlText, type ParsedYaml } from '../yaml-document.ts';
import type { SafetyFinding } from './rules.ts';

/** More alias nodes (`*name`) than this in one file is refused. */
export const MAX_ALIAS_NODES = 10;

/**
 * The `yaml` library's `maxAliasCount` for the expansion test: it weighs each alias by
 * the aliases nested inside what it points at, so a few aliases of aliases (a
 * “billion laughs”) exceed it long before they could fill memory.
 */
export const MAX_ALIAS_EXPANSION = 20;

/** Keys that reach into JavaScript's object machinery when data is copied into objects. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** What the YAML inspection found, and the `src` values it saw (for the media rule). */
export interface YamlInspection {
  readonly findings: SafetyFinding[];
  readonly sources: ReadonlyArray<{ readonly value: string; readonly line: number; readonly field: string }>;
  /** The parse it inspected, for the checker's reader to use instead of parsing again. */
  readonly parsed: ParsedYaml;
}

/**
 * Inspects YAML without building any value from it: explicit tags, aliases and
 * prototype keys are found on the syntax tree. `lineOffset` is added to every line
 * (the lines before the frontmatter, for an MDX file). Syntax errors are not reported
 * here; the checker's parser reports them.
 */
export function inspectYaml(text: string, lineOffset: number): YamlInspection {
  const parsed = parseYamlText(text);
  const { doc, lineCounter } = parsed;
  const lineAt = (node: unknown) => lineOffset + lineCounter.linePos(rangeStart(node)).line;
  const findings: SafetyFinding[] = [];
  const sources: Array<{ value: string; line: number; field: string }> = [];
  let aliases = 0;

  visit(doc, {
    Alias(_, alias) {
      aliases++;
      if (aliases === MAX_ALIAS_NODES + 1) {
        findings.push({ rule: 'yaml-alias', line: lineAt(alias), message: `has more than ${MAX_ALIAS_NODES} YAML aliases (\`*${alias.source}\` is number ${aliases})` });
      }
    },
    Node(_, node) {
      if (node.tag !== undefined) {
        findings.push({ rule: 'yaml-tag', line: lineAt(node), message: `has the YAML tag \`${shortTag(node.tag)}\`, which asks the reader to build a special object` });
      }
    },
    Pair(_, pair, ancestry) {
      const key = isAlias(pair.key) ? pair.key.resolve(doc) : pair.key;
      const name = isScalar(key) ? String(key.value) : undefined;
      const field = fieldPath(ancestry, name);
      if (name !== undefined && PROTOTYPE_KEYS.has(name)) {
        findings.push({ rule: 'yaml-prototype-key', line: lineAt(pair.key), message: `has the field \`${name}\`, which can rewrite the objects of the program that reads it`, field });
      }
      if (name === 'src' && isScalar(pair.value) && typeof pair.value.value === 'string') {
        sources.push({ value: pair.value.value, line: lineAt(pair.value), field });
      }
    },
  });

  if (aliases > 0 && aliases <= MAX_ALIAS_NODES && doc.errors.length === 0 && expandsTooFar(doc)) {
    findings.push({ rule: 'yaml-alias', line: firstAliasLine(doc, lineAt), message: 'has YAML aliases of aliases that multiply into far more data than the file holds' });
  }
  return { findings, sources, parsed };
}

/** True when building the value would trip the library's alias-expansion guard. */
function expandsTooFar(doc: Document): boolean {
  try {
    doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION });
    return false;
  } catch (error) {
    if (error instanceof ReferenceError) return true;
    throw error;
  }
}

function firstAliasLine(doc: Document, lineAt: (node: unknown) => number): number {
  let line = 1;
  visit(doc, {
    Alias(_, alias) {
      line = lineAt(alias);
      return visit.BREAK;
    },
  });
  return line;
}

/** `tag:yaml.org,2002:js/function` → `!!js/function`; local tags stay as written. */
function shortTag(tag: string): string {
  return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
}

/** Dotted path of a pair's key, from the keys and list positions of its ancestors. */
function fieldPath(ancestry: readonly unknown[], name: string | undefined): string {
  const parts: string[] = [];
  ancestry.forEach((node, i) => {
    if (isPair(node) && isScalar(node.key)) parts.push(String(node.key.value));
    else if (isSeq(node)) parts.push(String(node.items.indexOf(ancestry[i + 1])));
  });
  return [...parts, ...(name === undefined ? [] : [name])].join('.');
}

function rangeStart(node: unknown): number {
  return (node as { range?: [number, number, number] } | null | undefined)?.range?.[0] ?? 0;
}
