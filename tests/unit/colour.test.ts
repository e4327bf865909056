import { expect, test } from 'vitest';
import { contrastRatio, readableOn, relativeLuminance, withLightness } from '../../src/domain/colour.ts';

test.each([
  ['#000000', '#ffffff', 21],
  ['#ffffff', '#ffffff', 1],
  ['#767676', '#ffffff', 4.54],
  ['#9a3412', '#ffffff', 7.31],
])('%s on %s has contrast %d', (a, b, ratio) => {
  expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
});

test.each([
  ['#000000', 0],
  ['#ffffff', 1],
  ['#808080', 0.2159],
])('%s has relative luminance %d', (hex, luminance) => {
  expect(relativeLuminance(hex)).toBeCloseTo(luminance, 3);
});

test.each([
  ['#9a3412', 0.5, '#e44d1b'],
  ['#9a3412', 1, '#ffffff'],
  ['#9a3412', 0, '#000000'],
  ['#808080', 0.25, '#404040'],
])('%s at lightness %d is %s', (hex, lightness, expected) => {
  expect(withLightness(hex, lightness)).toBe(expected);
});

const DARK_PAPERS = ['#151413', '#221f1d'];
const LIGHT_PAPERS = ['#ffffff', '#f6f4f1'];

test.each([
  // The sample identity's burnt orange, lightened for a dark page.
  ['#9a3412', 7, DARK_PAPERS],
  // Saturated blues and purples read badly on black until well lightened.
  ['#1d4ed8', 7, DARK_PAPERS],
  ['#6d28d9', 7, DARK_PAPERS],
  ['#000000', 7, DARK_PAPERS],
  // A fork's accent that only just passes AA on white, darkened for AAA.
  ['#767676', 7, LIGHT_PAPERS],
  ['#0f766e', 4.5, LIGHT_PAPERS],
])('%s becomes readable at %d:1 on every background', (brand, ratio, backgrounds) => {
  const readable = readableOn(brand, backgrounds, ratio);
  for (const background of backgrounds) expect(contrastRatio(readable, background)).toBeGreaterThanOrEqual(ratio);
});

test('a colour already readable is kept as it is', () => {
  expect(readableOn('#1A1A1A', ['#ffffff'], 7)).toBe('#1a1a1a');
});

test('the hue survives: a lightened orange stays orange, not grey', () => {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(readableOn('#9a3412', DARK_PAPERS, 7).slice(i, i + 2), 16)) as [number, number, number];
  expect(r).toBeGreaterThan(g + 60);
  expect(g).toBeGreaterThan(b);
});

test('errors name the fix', () => {
  expect(() => withLightness('red', 0.5)).toThrow(/write it like #9a3412/);
  expect(() => readableOn('#9a3412', ['#fff'], 7)).toThrow(/write it like #9a3412/);
  // The identity's schema checks contrast after the format: a malformed colour simply fails it.
  expect(contrastRatio('red', '#ffffff')).toBeNaN();
  expect(() => readableOn('#9a3412', [], 7)).toThrow(/at least one background/);
  expect(() => readableOn('#9a3412', ['#000000', '#ffffff'], 7)).toThrow(/reaches 7:1/);
});
