import { closest, distance } from 'fastest-levenshtein';

/**
 * What a typo most likely meant: every option containing what was typed
 * (`nuts` → `peanuts`, `tree-nuts`), else the nearest by edit distance, allowing
 * about one mistake in three letters. Empty when nothing is close.
 */
export function suggest(typed: string, options: readonly string[]): string[] {
  if (typed === '' || options.length === 0) return [];
  const lower = typed.toLowerCase();
  const containing = options.filter((option) => option.includes(lower) || (option.length >= 3 && lower.includes(option)));
  if (containing.length > 0) return containing.slice(0, 3);
  const nearest = closest(lower, [...options]);
  return distance(lower, nearest) <= Math.max(2, Math.floor(lower.length / 3)) ? [nearest] : [];
}

/** "`a`", "`a` or `b`", "`a`, `b` or `c`"; past `limit` values, "`a`, `b`, …". */
export function orList(values: readonly string[], limit = Number.POSITIVE_INFINITY): string {
  const quoted = values.slice(0, limit).map((v) => `\`${v}\``);
  if (values.length > limit) return `${quoted.join(', ')}, …`;
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}
