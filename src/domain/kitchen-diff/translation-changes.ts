/**
 * What a proposal does to the binder's translations, for the kitchen diff: the parts
 * it makes out of date (it changed the original words a translation was made from),
 * the translated words it edits, and the parts it marks reviewed. Reviewers of the
 * original learn which translators have work; a translation proposal is read like any
 * other change ("Spanish: Pizza dough, step 3: old → new").
 */
import type { ProseState } from '../translation/localize-entry.ts';
import type { CollectionName } from '../../schemas/reference.ts';
import { wordDiff } from './word-diff.ts';
import type { WordPart } from './model.ts';

/** One entry in one language at one revision: the state and (where translated) the words of each piece of prose, by path (`steps.2.text`, `body`). */
export interface TranslationSnapshot {
  readonly states: Readonly<Record<string, ProseState>>;
  readonly texts: Readonly<Record<string, string>>;
}

/** Every language's snapshots by `collection/id`, keyed by language tag. */
export type TranslationSnapshots = ReadonlyMap<string, ReadonlyMap<string, TranslationSnapshot>>;

export interface TranslationChange {
  /** The language tag. */
  readonly language: string;
  readonly collection: CollectionName;
  readonly id: string;
  /** The entry's title in the binder's own language. */
  readonly title: string;
  /** A piece of prose by path (`steps.2.text`). */
  readonly path: string;
  /** `stale`: the original's words changed under a current translation; `withheld`: and its numbers no longer agree, so the original shows; `edited`/`added`: the translation's words changed; `reviewed`: marked current again. */
  readonly kind: 'stale' | 'withheld' | 'edited' | 'added' | 'reviewed';
  /** For `edited`: the words. */
  readonly words?: readonly WordPart[];
}

export function translationChanges(base: TranslationSnapshots | undefined, head: TranslationSnapshots | undefined, titleOf: (collection: CollectionName, id: string) => string): TranslationChange[] {
  if (!head) return [];
  const changes: TranslationChange[] = [];
  for (const [language, entries] of head) {
    for (const [key, after] of entries) {
      const before = base?.get(language)?.get(key);
      const [collection, id] = key.split('/') as [CollectionName, string];
      const change = (path: string, kind: TranslationChange['kind'], words?: readonly WordPart[]) => changes.push({ language, collection, id, title: titleOf(collection, id), path, kind, ...(words ? { words } : {}) });
      for (const [path, state] of Object.entries(after.states)) {
        const was = before?.states[path];
        const oldText = before?.texts[path];
        const newText = after.texts[path];
        if (newText !== undefined && oldText !== undefined && newText !== oldText) change(path, 'edited', wordDiff(oldText, newText));
        else if (newText !== undefined && oldText === undefined && was !== undefined && was === 'missing') change(path, 'added');
        if (was === 'current' && (state === 'stale' || state === 'withheld')) change(path, state);
        else if (was !== undefined && was !== 'current' && was !== 'missing' && state === 'current' && newText === oldText) change(path, 'reviewed');
      }
    }
  }
  return changes;
}

/** "step 3", "the chef's notes", "line `water`'s preparation": a piece of prose as a cook names it. */
export function prosePartName(path: string): string {
  const parts = path.split('.');
  const [field, index, sub] = parts;
  const position = index !== undefined && /^\d+$/.test(index) ? Number(index) + 1 : undefined;
  if (field === 'body') return "the chef's notes";
  if (field === 'steps' && position !== undefined) return sub === undefined || sub === 'text' ? `step ${position}` : `step ${position}'s corrective action`;
  if (field === 'tasks' && position !== undefined) return `task ${position}`;
  if (field === 'ingredients' && position !== undefined) return sub === 'group' || sub === 'preparation' ? `line ${position}'s ${sub}` : `line ${position}`;
  if (field === 'roles' && position !== undefined) return `role ${position}`;
  return parts.filter((part) => !/^\d+$/.test(part)).join(' ');
}

/** "Spanish: step 3 of Pizza dough now out of date". */
export function describeTranslationChange(change: TranslationChange, languageName: (tag: string) => string): string {
  const language = languageName(change.language);
  const part = prosePartName(change.path);
  switch (change.kind) {
    case 'stale':
      return `${language}: ${part} of ${change.title} now out of date`;
    case 'withheld':
      return `${language}: ${part} of ${change.title} now out of date, and its numbers or mentions no longer agree: the original shows until it is translated again`;
    case 'reviewed':
      return `${language}: ${part} of ${change.title} reviewed`;
    case 'added':
      return `${language}: ${part} of ${change.title} translated`;
    case 'edited':
      return `${language}: ${change.title}, ${part}`;
  }
}

/** A language's English name, for reviewers: "Spanish". */
export function englishLanguageName(tag: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag.split('-')[0]!) ?? tag;
  } catch {
    return tag;
  }
}
