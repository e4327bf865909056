/**
 * Marks a translation reviewed against the original as it stands: every translated
 * piece of prose gets `sources` pinning the fingerprint of the original words it now
 * matches (matched as localize-entry.ts matches them). What the translation says is
 * not changed; a piece the original no longer has is left as it is, unpinned.
 */
import type { ProseShape } from '../../schemas/translation.ts';
import { proseFingerprint } from './fingerprint.ts';
import { matchItems } from './localize-entry.ts';

type Json = Record<string, unknown>;
const SOURCES = 'sources';

/** The translation with every pin renewed; `extra` pins things beside the data (the body). */
export function pinTranslation(shape: ProseShape & { kind: 'object' }, original: unknown, translation: Json, extra: Readonly<Record<string, string>> = {}): Json {
  const pinned = pinObject(shape, original as Json, translation);
  const sources = { ...((pinned[SOURCES] ?? {}) as Json) };
  for (const [name, text] of Object.entries(extra)) sources[name] = proseFingerprint(text);
  return withSources(pinned, sources);
}

function pinObject(shape: ProseShape & { kind: 'object' }, original: Json, translation: Json): Json {
  const result: Json = { ...translation };
  const sources: Json = {};
  for (const [name, field] of Object.entries(shape.fields)) {
    const value = original[name];
    const translated = translation[name];
    if (value === undefined || translated === undefined) continue;
    if (field.kind === 'prose') {
      sources[name] = proseFingerprint(value as string);
    } else if (field.kind === 'object') {
      result[name] = pinObject(field, value as Json, translated as Json);
    } else {
      const items = translated as unknown[];
      const matched = matchItems(field, value as unknown[], items, ((translation[SOURCES] ?? {}) as Json)[name] as Array<string | null> | undefined, [], []);
      const byTranslation = new Map([...matched].map(([at, pair]) => [pair.index, at]));
      if (field.item.kind === 'prose') {
        sources[name] = items.map((_, index) => {
          const at = byTranslation.get(index);
          return at === undefined ? null : proseFingerprint((value as string[])[at]!);
        });
      } else if (field.item.kind === 'object') {
        const itemShape = field.item;
        result[name] = items.map((item, index) => {
          const at = byTranslation.get(index);
          return at === undefined ? item : pinObject(itemShape, (value as Json[])[at]!, item as Json);
        });
      }
    }
  }
  return Object.keys(sources).length > 0 ? withSources(result, { ...((translation[SOURCES] ?? {}) as Json), ...sources }) : result;
}

/** `sources` last, so a translator reads the words first. */
function withSources(object: Json, sources: Json): Json {
  const { [SOURCES]: _old, ...rest } = object;
  return Object.keys(sources).length > 0 ? { ...rest, [SOURCES]: sources } : rest;
}
