/**
 * A verdict in words, for the terminal (`npm run proposals`) and for the pull-request
 * comment: the state first, then what blocks it, what is missing, and who vouched.
 */
import { escape } from '../kitchen-diff/render-markdown.ts';
import type { Verdict } from './judge.ts';

const HEADLINE: Readonly<Record<Verdict['state'], string>> = {
  satisfied: '✓ Peer review: every rule is met — ready to accept',
  waiting: '… Peer review: waiting',
  blocked: '✗ Peer review: blocked',
  overridden: '⚑ Peer review: the rules were overridden',
};

/** The verdict as plain lines, the headline first. */
export function verdictLines(verdict: Verdict): string[] {
  const lines = [HEADLINE[verdict.state]];
  if (verdict.strictest) lines.push('  ⚑ this proposal changes how the binder is governed: it is judged by the rules before it, every requirement at once');
  if (verdict.override) lines.push(`  ⚑ overridden by ${verdict.override.by.map((login) => `@${login}`).join(', ')}: ${verdict.override.reason}`);
  for (const block of verdict.blocks) lines.push(`  ✗ ${block}`);
  for (const unmet of verdict.unmet) lines.push(`  • ${unmet}`);
  const vouched = [
    ...verdict.approvingKitchens.map((kitchen) => `${kitchen.name} (${kitchen.logins.map((login) => `@${login}`).join(', ')})`),
    ...verdict.approvingMaintainers.map((login) => `maintainer @${login}`),
  ];
  if (vouched.length > 0) lines.push(`  ✓ approved by ${vouched.join('; ')}`);
  for (const [entry, kitchens] of verdict.trialKitchens) lines.push(`  ✓ ${entry} cooked as proposed by ${kitchens.map((id) => verdict.kitchenNames.get(id) ?? id).join(', ')}`);
  for (const note of verdict.notCounted) lines.push(`  · not counted: ${note}`);
  return lines;
}

/** The verdict as a Markdown section of the pull-request comment. */
export function verdictMarkdown(verdict: Verdict): string {
  const [headline, ...rest] = verdictLines(verdict);
  // Names, reasons and review text are untrusted: escaped as the kitchen diff escapes entry text.
  return [`### ${escape(headline!)}`, '', ...rest.map((line) => `- ${escape(line.trim())}`)].join('\n');
}
