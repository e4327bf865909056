import { describe, expect, test } from 'vitest';
import { describeTranslationChange, englishLanguageName, prosePartName, translationChanges, type TranslationSnapshots } from '../../src/domain/kitchen-diff/translation-changes.ts';

const snapshots = (states: Record<string, string>, texts: Record<string, string> = {}): TranslationSnapshots =>
  new Map([['es', new Map([['recipes/pizza-dough', { states: states as never, texts }]])]]);
const titleOf = () => 'Pizza dough';

describe('what a change does to translations', () => {
  test.each([
    ['the original reworded under a current translation', { 'steps.2.text': 'current' }, { 'steps.2.text': 'stale' }, {}, {}, ['Spanish: step 3 of Pizza dough now out of date']],
    ['and its numbers no longer agree', { body: 'current' }, { body: 'withheld' }, {}, {}, ["Spanish: the chef's notes of Pizza dough now out of date, and its numbers or mentions no longer agree: the original shows until it is translated again"]],
    ['a stale part reviewed', { title: 'stale' }, { title: 'current' }, { title: 'Masa' }, { title: 'Masa' }, ['Spanish: title of Pizza dough reviewed']],
    ['a part translated for the first time', { 'ingredients.1.preparation': 'missing' }, { 'ingredients.1.preparation': 'stale' }, {}, { 'ingredients.1.preparation': 'fría' }, ["Spanish: line 2's preparation of Pizza dough translated"]],
    ['nothing changed', { title: 'current' }, { title: 'current' }, { title: 'Masa' }, { title: 'Masa' }, []],
    ['an already stale part stays stale', { title: 'stale' }, { title: 'stale' }, { title: 'Masa' }, { title: 'Masa' }, []],
  ])('%s', (_name, before, after, beforeTexts, afterTexts, expected) => {
    const changes = translationChanges(snapshots(before, beforeTexts), snapshots(after, afterTexts), titleOf);
    expect(changes.map((change) => describeTranslationChange(change, englishLanguageName))).toEqual(expected);
  });

  test('edited words are a word diff', () => {
    const [change] = translationChanges(snapshots({ 'steps.4.text': 'current' }, { 'steps.4.text': 'Deja reposar la masa tapada.' }), snapshots({ 'steps.4.text': 'current' }, { 'steps.4.text': 'Deja reposar la masa bien tapada.' }), titleOf);
    expect(change).toMatchObject({ kind: 'edited', path: 'steps.4.text' });
    expect(change!.words!.filter((part) => part.op !== 'same').map((part) => [part.op, part.text.trim()])).toEqual([['added', 'bien']]);
    expect(describeTranslationChange(change!, englishLanguageName)).toBe('Spanish: Pizza dough, step 5');
  });

  test('no translations at the head: nothing to say', () => {
    expect(translationChanges(snapshots({ title: 'current' }), undefined, titleOf)).toEqual([]);
  });

  test.each([
    ['steps.0.text', 'step 1'],
    ['steps.3.criticalLimit.correctiveAction', "step 4's corrective action"],
    ['ingredients.2.group', "line 3's group"],
    ['body', "the chef's notes"],
    ['storage.notes', 'storage notes'],
    ['title', 'title'],
  ])('%s is %s', (path, name) => {
    expect(prosePartName(path)).toBe(name);
  });
});
