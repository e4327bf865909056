/**
 * The cook's reading preferences: a colour theme (follow the device, or always light
 * or dark) and a large-text setting, each kept on the device and shown on <html> as an
 * attribute that binder.css and /theme.css select on. Defaults set no attribute, so a
 * page without JavaScript (or without a saved choice) follows the device.
 */

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const TEXT_SIZES = ['normal', 'large'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export interface ReadingPreferences {
  readonly theme: Theme;
  readonly textSize: TextSize;
}

export const DEFAULT_PREFERENCES: ReadingPreferences = { theme: 'system', textSize: 'normal' };

/** localStorage keys. */
export const THEME_STORAGE_KEY = 'binder:theme';
export const TEXT_SIZE_STORAGE_KEY = 'binder:text-size';

/** Attributes on <html>. */
export const THEME_ATTRIBUTE = 'data-theme';
export const TEXT_SIZE_ATTRIBUTE = 'data-text-size';

/** A stored theme, or the default for anything missing or unknown (an old or tampered value). */
export function parseTheme(stored: string | null | undefined): Theme {
  return THEMES.find((theme) => theme === stored) ?? DEFAULT_PREFERENCES.theme;
}

export function parseTextSize(stored: string | null | undefined): TextSize {
  return TEXT_SIZES.find((size) => size === stored) ?? DEFAULT_PREFERENCES.textSize;
}

/** Each <html> attribute and its value, or null to remove it (the default needs none). */
export function htmlAttributes(preferences: ReadingPreferences): ReadonlyArray<readonly [name: string, value: string | null]> {
  return [
    [THEME_ATTRIBUTE, preferences.theme === 'system' ? null : preferences.theme],
    [TEXT_SIZE_ATTRIBUTE, preferences.textSize === 'normal' ? null : preferences.textSize],
  ];
}

/**
 * The classic script the head loads before first paint (served as /reading-preferences.js;
 * the Content-Security-Policy allows no inline script). It only copies saved choices onto
 * <html>, so the page is drawn in the cook's theme and size from the first frame, with no flash.
 */
export function preferencesBootScript(): string {
  const q = (text: string): string => JSON.stringify(text);
  const themes = THEMES.filter((theme) => theme !== DEFAULT_PREFERENCES.theme);
  const sizes = TEXT_SIZES.filter((size) => size !== DEFAULT_PREFERENCES.textSize);
  return [
    'try{',
    `var s=localStorage,d=document.documentElement,t=s.getItem(${q(THEME_STORAGE_KEY)}),z=s.getItem(${q(TEXT_SIZE_STORAGE_KEY)});`,
    `if(${JSON.stringify(themes)}.indexOf(t)>=0)d.setAttribute(${q(THEME_ATTRIBUTE)},t);`,
    `if(${JSON.stringify(sizes)}.indexOf(z)>=0)d.setAttribute(${q(TEXT_SIZE_ATTRIBUTE)},z)`,
    // Storage can be switched off or full; the page then simply follows the device.
    '}catch(e){}',
    '',
  ].join('');
}
