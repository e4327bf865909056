/**
 * The text of /theme.css: the identity's brand colour, the link colour derived from it
 * for each palette, and the dark palette, which applies when the device asks for dark
 * (prefers-color-scheme) unless the cook chose light, or whenever the cook chose dark.
 * Dark is screen-only: a printout is black on white whatever the screen shows.
 */
import { readableOn } from './colour.ts';
import { BODY_TEXT_CONTRAST, cssVariableName, DARK_PALETTE, LIGHT_PALETTE, LINK_BACKGROUNDS, type Palette, type PaletteColour } from './palette.ts';
import { THEME_ATTRIBUTE } from './reading-preferences.ts';

/** The link colour for a palette: the brand's hue, at body-text contrast on every background a link sits on. */
export function accentFor(brand: string, palette: Palette): string {
  return readableOn(
    brand,
    LINK_BACKGROUNDS.map((name) => palette[name]),
    BODY_TEXT_CONTRAST,
  );
}

function declarations(palette: Palette): string {
  return (Object.keys(palette) as PaletteColour[]).map((name) => `${cssVariableName(name)}:${palette[name]}`).join(';');
}

export function themeStylesheet(brand: string): string {
  const dark = `${declarations(DARK_PALETTE)};--accent:${accentFor(brand, DARK_PALETTE)};color-scheme:dark`;
  // `html:root` outranks binder.css's defaults on `:root`, whichever file the browser reads last.
  return [
    `html:root{--brand:${brand};--accent:${accentFor(brand, LIGHT_PALETTE)}}`,
    `@media screen and (prefers-color-scheme:dark){html:root:not([${THEME_ATTRIBUTE}='light']){${dark}}}`,
    `@media screen{html:root[${THEME_ATTRIBUTE}='dark']{${dark}}}`,
    '',
  ].join('\n');
}
