import { menuChangeText } from './menu-text.ts';
import { amountChangeText, describeChange, descriptionBody, lineDetail, sourcesText, type ChangeDescription } from './describe-change.ts';
import { formatMoneyChange, type ValueFormat } from './format-values.ts';
import { entryKind } from './headings.ts';
import type { EntryDiff, WordPart } from './model.ts';
import { problemLines, validationHeading, type DiffReport } from './report.ts';
import { PROMINENCE_MARK, statusText } from './summary.ts';
import { describeTranslationChange, englishLanguageName } from './translation-changes.ts';

const LINE_KINDS = new Set(['line-added', 'line-removed', 'line-changed', 'line-moved']);

/**
 * The kitchen diff as a pull-request comment: allergens added in a block quote at
 * the top, a heading per entry, ingredient changes as a table with their effect on
 * a batch, other changes as a list with word edits as ~~old~~ **new**, and the
 * head's validation result at the end.
 */
export function renderMarkdown(report: DiffReport): string {
  const out: string[] = [`## Kitchen diff: \`${code(report.baseRef)}\` → \`${code(report.headRef)}\``, ''];

  const alarms = report.diff.entries.flatMap((entry) =>
    entry.changes.flatMap((change) => (change.kind === 'allergen-added' && change.list === 'contains' ? [{ entry, change }] : [])),
  );
  for (const { entry, change } of alarms) {
    out.push(`> **⚠ Allergen added: ${escape(change.label)}** in **${escape(entry.title)}**${escape(sourcesText(change))}`, '>');
  }
  if (alarms.length > 0) out.splice(out.length - 1, 1, '');

  const translations = report.diff.translations ?? [];
  const menu = report.diff.menu ?? [];
  if (report.diff.entries.length === 0 && translations.length === 0 && menu.length === 0) out.push('No changes to the binder between these revisions.', '');
  for (const entry of report.diff.entries) out.push(...entrySection(entry, report));
  if (translations.length > 0) {
    out.push('### Translations', '');
    for (const change of translations) {
      const text = escape(describeTranslationChange(change, englishLanguageName));
      out.push(`- ${change.words ? `${text}: ${change.words.map((w) => (w.op === 'same' ? escape(w.text) : w.op === 'removed' ? `~~${escape(w.text.trim())}~~ ` : `**${escape(w.text.trim())}** `)).join('').replace(/\s+/g, ' ').trim()}` : text}`);
    }
    out.push('');
  }

  if (menu.length > 0) {
    out.push('### Menu', '');
    for (const change of menu) out.push(`- ${escape(menuChangeText(change, report.diff))}`);
    out.push('');
  }

  const count = report.headProblems.length;
  out.push(`### ${escape(validationHeading(report))}`, '');
  if (count > 0) out.push('```', ...problemLines(report), '```', '');
  return `${out.join('\n').trimEnd()}\n`;
}

function entrySection(entry: EntryDiff, report: DiffReport): string[] {
  const status = statusText(entry);
  const out = [`### ${escape(entryKind(entry.collection))}: ${escape(entry.title)}${status && entry.status !== 'changed' ? ` — ${escape(status)}` : ''}`, ''];
  const descriptions = entry.changes.flatMap((change) => describeChange(change, report.diff));
  const lines = descriptions.filter((d) => LINE_KINDS.has(d.change.kind));
  const others = descriptions.filter((d) => !LINE_KINDS.has(d.change.kind));
  if (lines.length > 0) {
    out.push('| Ingredient | Before | After | Change | Cost per batch |', '| --- | --- | --- | --- | --- |');
    for (const d of lines) out.push(`| ${tableRow(d, report.diff).map(cell).join(' | ')} |`);
    out.push('');
  }
  for (const d of others) out.push(`- ${listItem(d)}`);
  if (others.length > 0) out.push('');
  return out;
}

function tableRow(d: ChangeDescription, format: ValueFormat): [string, string, string, string, string] {
  const change = d.change;
  const money = (amount: number | undefined) => (amount === undefined || amount === 0 ? '' : formatMoneyChange(amount, format));
  switch (change.kind) {
    case 'line-added':
      return [change.name, '—', lineDetail(change.line, format), 'added', money(change.cost)];
    case 'line-removed':
      return [change.name, lineDetail(change.line, format), '—', 'removed', money(change.cost === undefined ? undefined : -change.cost)];
    case 'line-changed': {
      const quantity = d.lineField === 'quantity' ? change.quantity : undefined;
      return [d.label, d.before ?? '', d.after ?? '', quantity ? (amountChangeText(quantity, format) ?? '') : '', money(quantity?.costDelta)];
    }
    default:
      return [d.label, d.before ?? '', d.after ?? '', '', ''];
  }
}

function listItem(d: ChangeDescription): string {
  const mark = PROMINENCE_MARK[d.prominence];
  const loud = d.prominence === 'info' ? '' : mark;
  const effect = d.effect ? ` (${escape(d.effect)})` : '';
  if (d.words) return `${loud}**${escape(d.label)}:** ${wordsMarkdown(d.words)}${effect}`;
  return `${loud}**${escape(d.label)}:** ${escape(descriptionBody(d))}${effect}`;
}

/** Word edits as `~~old~~ **new**`, spaces kept outside the marks so Markdown still sees them. */
export function wordsMarkdown(parts: readonly WordPart[]): string {
  return parts
    .map((part, i) => {
      const flat = part.text.replace(/\s+/g, ' ');
      if (part.op === 'same') return escape(flat);
      const [, lead = '', text = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(flat) ?? [];
      if (text === '') return flat;
      const marked = part.op === 'removed' ? `~~${escape(text)}~~` : `**${escape(text)}**`;
      const gap = part.op === 'removed' && parts[i + 1]?.op === 'added' && trail === '' ? ' ' : '';
      return `${lead}${marked}${trail}${gap}`;
    })
    .join('')
    .trim();
}

/** Escapes the characters Markdown would read as formatting. */
export function escape(text: string): string {
  return text.replace(/[\\`*_~[\]<>|#]/g, (c) => `\\${c}`);
}

function cell(text: string): string {
  return escape(text.replace(/\s+/g, ' ').trim()) || ' ';
}

function code(text: string): string {
  return text.replace(/`/g, "'");
}
