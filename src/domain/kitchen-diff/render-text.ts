import { menuChangeText } from './menu-text.ts';
import { describeChange, descriptionBody, descriptionText, type ChangeDescription } from './describe-change.ts';
import type { EntryDiff, WordPart } from './model.ts';
import type { Prominence } from './prominence.ts';
import { problemLines, validationHeading, type DiffReport } from './report.ts';
import { collectionHeading } from './headings.ts';
import { describeTranslationChange, englishLanguageName } from './translation-changes.ts';
import { PROMINENCE_MARK, statusText } from './summary.ts';

export interface TextOptions {
  /** ANSI colours: pass `process.stdout.isTTY` (and respect NO_COLOR); never on for a file or a pipe. */
  readonly colour: boolean;
}

/**
 * The kitchen diff for a terminal: allergens added first and in capitals, then
 * each entry's changes (word edits as `[-old-]{+new+}`, or coloured), then
 * whether the head is valid.
 */
export function renderText(report: DiffReport, options: TextOptions): string {
  const paint = painter(options.colour);
  const out: string[] = [paint.bold(`Kitchen diff: ${report.baseRef} → ${report.headRef}`), ''];

  const alarms = report.diff.entries.flatMap((entry) =>
    entry.changes
      .flatMap((change) => describeChange(change, report.diff))
      .filter((d) => d.prominence === 'alarm')
      .map((d) => `${PROMINENCE_MARK.alarm}${entry.title} — ${d.label.toUpperCase()}: ${descriptionBody(d)}`),
  );
  for (const alarm of alarms) out.push(paint.alarm(alarm));
  if (alarms.length > 0) out.push('');

  const translations = report.diff.translations ?? [];
  const menu = report.diff.menu ?? [];
  if (report.diff.entries.length === 0 && translations.length === 0 && menu.length === 0) out.push('No changes to the binder between these revisions.', '');
  let collection: EntryDiff['collection'] | undefined;
  for (const entry of report.diff.entries) {
    if (entry.collection !== collection) {
      collection = entry.collection;
      out.push(paint.bold(collectionHeading(collection)));
    }
    const status = statusText(entry);
    out.push(`  ${paint.bold(entry.title)}${status ? ` — ${status}` : ''}`);
    for (const change of entry.changes) {
      for (const d of describeChange(change, report.diff)) out.push(`    ${paint.prominence(d.prominence, line(d, paint))}`);
    }
  }
  if (report.diff.entries.length > 0) out.push('');
  if (translations.length > 0) {
    out.push(paint.bold('Translations'));
    for (const change of translations) {
      const text = describeTranslationChange(change, englishLanguageName);
      out.push(`  ${change.words ? `${text}: ${change.words.map((w) => paint.word(w)).join('').replace(/\s+/g, ' ').trim()}` : text}`);
    }
    out.push('');
  }

  if (menu.length > 0) {
    out.push(paint.bold('Menu'));
    for (const change of menu) out.push(`  ${menuChangeText(change, report.diff)}`);
    out.push('');
  }

  out.push(report.headProblems.length === 0 ? paint.good(validationHeading(report)) : paint.alarm(validationHeading(report)));
  for (const problem of problemLines(report)) out.push(`  ${problem}`);
  return `${out.join('\n')}\n`;
}

function line(d: ChangeDescription, paint: Painter): string {
  const mark = PROMINENCE_MARK[d.prominence];
  const text = d.words ? `${d.label}: ${d.words.map((w) => paint.word(w)).join('').replace(/\s+/g, ' ').trim()}` : descriptionText(d);
  return `${mark}${text}${d.effect ? `  (${d.effect})` : ''}`;
}

interface Painter {
  bold(text: string): string;
  good(text: string): string;
  alarm(text: string): string;
  prominence(prominence: Prominence, text: string): string;
  word(part: WordPart): string;
}

const ESC = '\u001b[';

function painter(colour: boolean): Painter {
  const wrap = (code: string) => (text: string) => (colour ? `${ESC}${code}m${text}${ESC}0m` : text);
  const bold = wrap('1');
  const alarm = wrap('1;31');
  const caution = wrap('33');
  return {
    bold,
    good: wrap('32'),
    alarm,
    prominence: (prominence, text) => (prominence === 'alarm' ? alarm(text) : prominence === 'info' ? text : caution(text)),
    word: (part) => {
      if (part.op === 'same') return part.text;
      const [, lead = '', text = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(part.text) ?? [];
      if (colour) return `${lead}${part.op === 'removed' ? `${ESC}9;31m` : `${ESC}32m`}${text}${ESC}0m${trail}`;
      return `${lead}${part.op === 'removed' ? `[-${text}-]` : `{+${text}+}`}${trail}`;
    },
  };
}
