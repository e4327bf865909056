/**
 * A translation being edited, laid over its original as the pages lay a saved one
 * (src/domain/translation/localize-entry.ts): the entry as the page in that language
 * will read, and what the translator still has to do, piece by piece — not translated,
 * withheld for disagreeing with the original on a number or mention, or translated
 * from earlier words. Decap hands over half-typed drafts: a field emptied while typing
 * counts as not translated, as a missing field does.
 */
import { prosePartName } from '../../src/domain/kitchen-diff/translation-changes.ts';
import { piecesInOriginal } from '../../src/domain/translation/shown-in-original.ts';
import { localizeEntry, localizeText, summarize, type ProseReport, type TranslationIssue, type TranslationSummary } from '../../src/domain/translation/localize-entry.ts';
import { BODY_FIELD, SOURCES_FIELD } from '../../src/schemas/translation.ts';
import type { OriginalEntry } from './original-entry.ts';
import { record, text } from './read.ts';

export interface TranslatedDraft {
  /** The original's data with each piece of prose the page would show in the translation's words. */
  readonly data: unknown;
  /** Whether the page shows the draft's body (undefined for an entry without one). */
  readonly bodyShown: boolean | undefined;
  readonly summary: TranslationSummary;
  /** What the translator has to do, one line per piece (empty when every piece is translated and current). */
  readonly todo: readonly TranslationTodo[];
  /** The pieces the page shows in the original's words, which it marks as in the original's language. */
  readonly shownInOriginal: readonly string[];
}

export interface TranslationTodo {
  /** "step 3", "title". */
  readonly part: string;
  readonly state: 'missing' | 'withheld' | 'stale' | 'problem';
  readonly message: string;
}

export function translatedDraft(original: OriginalEntry, draftData: unknown, reviewCommand: string): TranslatedDraft {
  const draft = withoutBlanks(record(draftData)) as Record<string, unknown>;
  const localized = localizeEntry(original.shape, original.data, draft);
  const prose: ProseReport[] = [...localized.prose];
  const issues: TranslationIssue[] = [...localized.issues];
  let bodyShown: boolean | undefined;
  if (original.body !== undefined && original.body.trim() !== '') {
    const pins = record(draft[SOURCES_FIELD]);
    const outcome = localizeText(original.body, text(draft[BODY_FIELD]), text(pins[BODY_FIELD]), [BODY_FIELD], [BODY_FIELD]);
    prose.push(outcome.report);
    if (outcome.issue) issues.push(outcome.issue);
    bodyShown = outcome.report.state === 'current' || outcome.report.state === 'stale';
  }
  const withheld = prose.filter((report) => report.state === 'withheld');
  const todo: TranslationTodo[] = [
    ...prose.flatMap((report): TranslationTodo[] => {
      const part = prosePartName(report.path.join('.'));
      switch (report.state) {
        case 'missing':
          return [{ part, state: 'missing', message: 'not translated: the page shows the original words here' }];
        case 'withheld':
          return [{ part, state: 'withheld', message: `${report.reason}: the page shows the original words here until the translation keeps every number and @mention as the original writes them` }];
        case 'stale':
          return [{ part, state: 'stale', message: `translated from earlier words of the original: the page shows it marked "may be out of date"; once it says what the original says, run \`${reviewCommand}\`` }];
        default:
          return [];
      }
    }),
    // The problems that are not about one piece of prose shown (an item the original no longer has, a field it lacks).
    ...issues.filter((issue) => !withheld.some((report) => sameText(report, issue))).map((issue): TranslationTodo => ({ part: prosePartName(itemPath(issue.path).join('.')), state: 'problem', message: `${issue.message} — ${issue.fix}` })),
  ];
  const inOriginal = prose.filter((report) => report.state === 'missing' || report.state === 'withheld').map((report) => report.path);
  return { data: localized.data, bodyShown, summary: summarize(prose), todo, shownInOriginal: piecesInOriginal(original.data, inOriginal) };
}

/** A problem with a list item names the item ("line 5"), not the key it was found by. */
function itemPath(path: readonly (string | number)[]): readonly (string | number)[] {
  const index = path.findIndex((part) => typeof part === 'number');
  return index < 0 ? path : path.slice(0, index + 1);
}

/** A withheld piece is reported once, by its report, not again by its issue. */
function sameText(report: ProseReport, issue: TranslationIssue): boolean {
  return report.reason !== undefined && issue.message.includes(report.reason);
}

/** The draft without the text a translator emptied while typing: an empty field is a field not translated yet. */
function withoutBlanks(value: unknown): unknown {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (Array.isArray(value)) return value.map(withoutBlanks);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).flatMap(([key, item]) => {
      const kept = withoutBlanks(item);
      return kept === undefined || kept === null ? [] : [[key, kept]];
    }));
  }
  return value;
}
