import type { z } from 'astro/zod';
import type { SchemaNode } from '../domain/references.ts';
import { orList, suggest } from '../domain/suggest.ts';
import { ruleTag, UNKNOWN_FIELD_RULE } from './safety/rules.ts';

/** One schema problem, with what is wrong and how to fix it in words a chef can act on. */
export interface ExplainedIssue {
  readonly path: ReadonlyArray<string | number>;
  readonly message: string;
  readonly fix: string;
}

/**
 * Turns zod issues into problems that say what to do. Messages written in the
 * schemas ("… — fix") are split at the dash; zod's own are rephrased here.
 */
export function explainIssues(issues: readonly z.core.$ZodIssue[], data: unknown, schema: SchemaNode): ExplainedIssue[] {
  return issues.flatMap((issue) => explainIssue(issue, data, schema));
}

function explainIssue(issue: z.core.$ZodIssue, data: unknown, schema: SchemaNode): ExplainedIssue[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const field = path.at(-1);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = Object.keys(schemaAt(schema, path)?.properties ?? {});
      return issue.keys.map((key) => {
        const guesses = suggest(key, known);
        return {
          path: [...path, key],
          message: `\`${key}\` is not a field here${ruleTag(UNKNOWN_FIELD_RULE)}`,
          fix: guesses.length > 0 ? `did you mean ${orList(guesses)}? Otherwise remove it` : `remove it; the fields here are ${orList(known)}`,
        };
      });
    }
    case 'invalid_type': {
      const value = valueAt(data, path);
      if (value === undefined) {
        return [{ path, message: 'is missing', fix: `add \`${String(field)}:\` with ${describeExpected(issue.expected, schemaAt(schema, path))}` }];
      }
      return [{ path, message: `is ${describeValue(value)}, not ${article(issue.expected)}`, fix: `write ${describeExpected(issue.expected, schemaAt(schema, path))}` }];
    }
    case 'invalid_value': {
      if (issue.message.includes(' — ')) return [split(path, issue.message)];
      const value = valueAt(data, path);
      const options = issue.values.map(String);
      if (value === undefined) return [{ path, message: 'is missing', fix: `add \`${String(field)}:\` with one of ${orList(options)}` }];
      const guesses = typeof value === 'string' ? suggest(value, options) : [];
      return [
        {
          path,
          message: `\`${String(value)}\` is not one of the allowed values`,
          fix: guesses.length > 0 ? `did you mean ${orList(guesses)}? The values are ${orList(options)}` : `use one of ${orList(options)}`,
        },
      ];
    }
    case 'too_small':
    case 'too_big':
    case 'invalid_format':
    case 'custom':
    case 'not_multiple_of':
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return [split(path, issue.message)];
  }
}

/** Splits "what — fix"; a message without a dash gets a generic fix. */
function split(path: ReadonlyArray<string | number>, message: string): ExplainedIssue {
  const at = message.indexOf(' — ');
  if (at >= 0) return { path, message: message.slice(0, at), fix: message.slice(at + 3) };
  return { path, message: rephrase(message), fix: 'correct the value' };
}

function rephrase(message: string): string {
  return message
    .replace(/^Too small: expected number to be >0$/, 'must be more than zero')
    .replace(/^Too small: expected number to be >=(.+)$/, 'must be at least $1')
    .replace(/^Too big: expected number to be <=(.+)$/, 'must be at most $1')
    .replace(/^Too small: expected (array|string) to have >=(\d+) (items|characters)$/, 'needs at least $2 $3')
    .replace(/^Invalid input: expected int, received number$/, 'must be a whole number');
}

function describeExpected(expected: string, node: SchemaNode | undefined): string {
  switch (expected) {
    case 'number':
      return 'a number without units or quotes, like `250`';
    case 'int':
      return 'a whole number, like `4`';
    case 'string':
      return node && 'enum' in node ? `one of ${orList((node as { enum: unknown[] }).enum.map(String))}` : 'some text';
    case 'boolean':
      return '`true` or `false`';
    case 'array':
      return 'a list, one `- item` per line';
    case 'object':
      return 'its fields, indented below it';
    default:
      return article(expected);
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${article(typeof value)} (${String(value)})`;
}

function article(type: string): string {
  const name = type === 'object' ? 'group of fields' : type === 'array' ? 'list' : type === 'string' ? 'text' : type;
  return /^[aeiou]/.test(name) ? `an ${name}` : `a ${name}`;
}

function valueAt(data: unknown, path: ReadonlyArray<string | number>): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** The JSON Schema node that describes the value at `path`. */
export function schemaAt(schema: SchemaNode, path: ReadonlyArray<string | number>): SchemaNode | undefined {
  let node: SchemaNode | undefined = schema;
  for (const key of path) {
    if (!node) return undefined;
    node = typeof key === 'number' ? node.items : node.properties?.[key];
  }
  return node;
}
