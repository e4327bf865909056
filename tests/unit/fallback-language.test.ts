/** Words shown in the original language on a translated page say so: the element they fill, or a span around them. */
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { markFallbackLanguage } from '../../src/render/fallback-language.ts';

const texts = new Set(['Fresh basil', 'Stretch the dough by hand.', 'Stretch @dough to 30 cm on the floured bench, leaving the rim.']);

describe('markFallbackLanguage', () => {
  test.each([
    ['a link that is only the name', h('a', { href: '/b/' }, 'Fresh basil'), '<a href="/b/" lang="en-US">Fresh basil</a>'],
    ['a name among other words', h('td', ['Fresh basil', h('span', ' (torn)')]), '<td><span lang="en-US">Fresh basil</span><span> (torn)</span></td>'],
    ['a step withheld in the original', h('p', 'Stretch the dough by hand.'), '<p lang="en-US">Stretch the dough by hand.</p>'],
    ['words in the page’s language', h('p', 'Basilico fresco'), '<p>Basilico fresco</p>'],
    ['an element already in a language', h('a', { lang: 'it' }, 'Fresh basil'), '<a lang="it">Fresh basil</a>'],
    ['a part of a longer text', h('p', 'Fresh basil leaves'), '<p>Fresh basil leaves</p>'],
    ['a script', h('script', { type: 'application/json' }, 'Fresh basil'), '<script type="application/json">Fresh basil</script>'],
    [
      'a step drawn from its original text, its mention resolved',
      h('p', { className: 'step-text' }, ['Stretch ', h('span', { className: 'mention' }, '1 ball Pizza dough'), ' to 30 cm on the floured bench, leaving the rim.']),
      '<p class="step-text" lang="en-US">Stretch <span class="mention">1 ball Pizza dough</span> to 30 cm on the floured bench, leaving the rim.</p>',
    ],
    [
      'a translated step around the same mention',
      h('p', { className: 'step-text' }, ['Estira ', h('span', { className: 'mention' }, '1 bola Masa'), ' a 30 cm en la mesa enharinada.']),
      '<p class="step-text">Estira <span class="mention">1 bola Masa</span> a 30 cm en la mesa enharinada.</p>',
    ],
  ])('%s', (_, element, html) => {
    expect(toHtml(markFallbackLanguage({ type: 'root', children: [element] }, texts, 'en-US'))).toBe(html);
  });

  test('nothing to mark leaves the tree as it was', () => {
    const tree = { type: 'root' as const, children: [h('a', 'Fresh basil')] };
    expect(toHtml(markFallbackLanguage(tree, new Set(), 'en-US'))).toBe('<a>Fresh basil</a>');
  });
});
