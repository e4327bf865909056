import { runInNewContext } from 'node:vm';
import { expect, test } from 'vitest';
import { htmlAttributes, parseTextSize, parseTheme, preferencesBootScript } from '../../src/domain/reading-preferences.ts';

test.each([
  ['dark', 'dark'],
  ['light', 'light'],
  ['system', 'system'],
  [null, 'system'],
  ['', 'system'],
  ['Dark', 'system'],
  ['sepia', 'system'],
] as const)('a stored theme %o reads as %s', (stored, theme) => {
  expect(parseTheme(stored)).toBe(theme);
});

test.each([
  ['large', 'large'],
  ['normal', 'normal'],
  [null, 'normal'],
  ['huge', 'normal'],
] as const)('a stored text size %o reads as %s', (stored, size) => {
  expect(parseTextSize(stored)).toBe(size);
});

test.each([
  [{ theme: 'system', textSize: 'normal' }, [['data-theme', null], ['data-text-size', null]]],
  [{ theme: 'dark', textSize: 'normal' }, [['data-theme', 'dark'], ['data-text-size', null]]],
  [{ theme: 'light', textSize: 'large' }, [['data-theme', 'light'], ['data-text-size', 'large']]],
] as const)('%o sets these <html> attributes', (preferences, attributes) => {
  expect(htmlAttributes(preferences)).toEqual(attributes);
});

/** Runs the head script against a fake localStorage and <html>, as a browser would. */
function boot(stored: Record<string, string>, storageThrows = false): Record<string, string> {
  const attributes: Record<string, string> = {};
  const localStorage = {
    getItem(key: string): string | null {
      if (storageThrows) throw new Error('SecurityError');
      return stored[key] ?? null;
    },
  };
  const documentElement = { setAttribute: (name: string, value: string) => (attributes[name] = value) };
  runInNewContext(preferencesBootScript(), { localStorage, document: { documentElement } });
  return attributes;
}

test.each([
  [{}, {}],
  [{ 'binder:theme': 'dark' }, { 'data-theme': 'dark' }],
  [{ 'binder:theme': 'light', 'binder:text-size': 'large' }, { 'data-theme': 'light', 'data-text-size': 'large' }],
  // A value the stylesheet does not know is never copied onto the page.
  [{ 'binder:theme': 'system', 'binder:text-size': 'normal' }, {}],
  [{ 'binder:theme': '"><script>', 'binder:text-size': 'x' }, {}],
])('the head script turns saved %o into %o', (stored, attributes) => {
  expect(boot(stored)).toEqual(attributes);
});

test('the head script survives storage that refuses access', () => {
  expect(boot({ 'binder:theme': 'dark' }, true)).toEqual({});
});

test('the head script stays a few hundred bytes', () => {
  expect(preferencesBootScript().length).toBeLessThan(400);
});
