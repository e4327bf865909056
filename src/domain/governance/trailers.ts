/**
 * The record of an acceptance, kept in git itself as trailers of the merge commit
 * (after the Linux kernel's `Reviewed-by:` and `Tested-by:`), so a mirror or a fork
 * keeps who vouched for each change without GitHub:
 *
 *   Reviewed-by: harbour-lane-kitchen (Harbour Lane)
 *   Reviewed-by: corner-forno-ana (maintainer)
 *   Tested-by: Lakeside Forno (content/trials/2026-11-28-lakeside-forno-margherita.yaml)
 *   Override: supplier recall, the label must change today (corner-forno-ana, corner-forno-sam)
 *   Peer-review: satisfied
 */
import type { Verdict } from './judge.ts';

/** Who vouched for an accepted change, read back from its trailers. */
export interface Acceptance {
  /** Kitchen names, then maintainers' logins, each once. */
  readonly reviewedBy: readonly string[];
  /** Kitchens that cooked it as proposed. */
  readonly cookedIn: readonly string[];
  readonly override?: string | undefined;
}

/** The trailer lines for a verdict that allows acceptance. */
export function acceptanceTrailers(verdict: Verdict): string[] {
  const lines: string[] = [];
  for (const kitchen of verdict.approvingKitchens) for (const login of kitchen.logins) lines.push(`Reviewed-by: ${login} (${oneLine(kitchen.name)})`);
  for (const login of verdict.approvingMaintainers) {
    if (!verdict.approvingKitchens.some((kitchen) => kitchen.logins.includes(login))) lines.push(`Reviewed-by: ${login} (maintainer)`);
  }
  const cooked = new Set<string>();
  for (const kitchens of verdict.trialKitchens.values()) for (const id of kitchens) cooked.add(id);
  for (const id of cooked) lines.push(`Tested-by: ${oneLine(verdict.kitchenNames.get(id) ?? id)} (kitchen ${id})`);
  if (verdict.override) lines.push(`Override: ${oneLine(verdict.override.reason)} (${verdict.override.by.join(', ')})`);
  lines.push(`Peer-review: ${verdict.state}`);
  return lines;
}

/** Reads the trailers of a commit message back; undefined when it records no acceptance. */
export function parseAcceptance(message: string): Acceptance | undefined {
  const trailers = [...message.matchAll(/^(Reviewed-by|Tested-by|Override|Peer-review):[ \t]*(.+)$/gm)].map(([, key, value]) => [key!, value!.trim()] as const);
  if (!trailers.some(([key]) => key === 'Peer-review')) return undefined;
  const reviewedBy: string[] = [];
  const cookedIn: string[] = [];
  let override: string | undefined;
  for (const [key, value] of trailers) {
    const named = /^(.*?)\s*\(([^()]*)\)$/.exec(value);
    if (key === 'Reviewed-by') {
      const who = named && named[2] !== 'maintainer' ? named[2]! : (named?.[1] ?? value);
      if (!reviewedBy.includes(who)) reviewedBy.push(who);
    } else if (key === 'Tested-by') {
      const kitchen = named?.[1] ?? value;
      if (!cookedIn.includes(kitchen)) cookedIn.push(kitchen);
    } else if (key === 'Override') {
      override = named?.[1] ?? value;
    }
  }
  return { reviewedBy, cookedIn, ...(override ? { override } : {}) };
}

/** "reviewed by Brooklyn Slice and Harbour Lane; cooked in 2 kitchens", as an entry's history says it. */
export function acceptanceText(acceptance: Acceptance): string {
  const parts: string[] = [];
  if (acceptance.reviewedBy.length > 0) parts.push(`reviewed by ${andList(acceptance.reviewedBy)}`);
  if (acceptance.cookedIn.length > 0) parts.push(`cooked in ${acceptance.cookedIn.length} kitchen${acceptance.cookedIn.length === 1 ? '' : 's'}`);
  if (acceptance.override) parts.push(`rules overridden: ${acceptance.override}`);
  return parts.join('; ');
}

function andList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Trailer values are single lines: a name or reason with a line break must not forge another trailer. */
function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').trim();
}
