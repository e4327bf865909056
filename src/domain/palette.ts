/**
 * The binder's two palettes, light for a bright kitchen and dark for a dim one, as the
 * CSS custom properties src/styles/binder.css reads. Every pair of text and background
 * the stylesheet puts together is listed with the contrast it must reach, so a unit
 * test holds both palettes to WCAG AAA (7:1) for reading text and AA (4.5:1) for the rest.
 */

export interface Palette {
  readonly paper: string;
  readonly paperSoft: string;
  readonly ink: string;
  readonly inkSoft: string;
  readonly rule: string;
  readonly danger: string;
  readonly dangerPaper: string;
  readonly caution: string;
  readonly cautionPaper: string;
  readonly safe: string;
  readonly safePaper: string;
}

export type PaletteColour = keyof Palette;

/** The light palette; binder.css carries the same values as its defaults (a unit test checks). */
export const LIGHT_PALETTE: Palette = {
  paper: '#ffffff',
  paperSoft: '#f6f4f1',
  ink: '#1a1a1a',
  inkSoft: '#4a4a4a',
  rule: '#d6d1ca',
  danger: '#a4161a',
  dangerPaper: '#fdecea',
  caution: '#6b4200',
  cautionPaper: '#fff4d6',
  safe: '#1e5b2f',
  safePaper: '#e8f4ea',
};

/** Warm near-black rather than pure black: less glare and halation for light text in a dim room. */
export const DARK_PALETTE: Palette = {
  paper: '#151413',
  paperSoft: '#221f1d',
  ink: '#f3f0eb',
  inkSoft: '#cdc7be',
  rule: '#57514b',
  danger: '#ff9d91',
  dangerPaper: '#3b1613',
  caution: '#f2c46d',
  cautionPaper: '#33280f',
  safe: '#93d9a4',
  safePaper: '#132e1b',
};

/** AAA, for text read in running lines. */
export const BODY_TEXT_CONTRAST = 7;
/** AA, for short labels and large or bold text. */
export const LABEL_CONTRAST = 4.5;

/** Text colour, background and the contrast the pair must reach, as binder.css combines them. */
export const TEXT_ON_BACKGROUND: ReadonlyArray<readonly [text: PaletteColour, background: PaletteColour, minimum: number]> = [
  ['ink', 'paper', BODY_TEXT_CONTRAST],
  ['ink', 'paperSoft', BODY_TEXT_CONTRAST],
  ['ink', 'dangerPaper', BODY_TEXT_CONTRAST],
  ['ink', 'cautionPaper', BODY_TEXT_CONTRAST],
  ['ink', 'safePaper', BODY_TEXT_CONTRAST],
  ['inkSoft', 'paper', BODY_TEXT_CONTRAST],
  ['inkSoft', 'paperSoft', BODY_TEXT_CONTRAST],
  // Search excerpts (ink-soft) with highlighted hits on caution-paper.
  ['inkSoft', 'cautionPaper', BODY_TEXT_CONTRAST],
  // Step numbers: paper on ink.
  ['paper', 'ink', BODY_TEXT_CONTRAST],
  // Allergen badges and matrix cells: paper on danger, and danger on paper for "may contain".
  ['paper', 'danger', BODY_TEXT_CONTRAST],
  ['danger', 'paper', BODY_TEXT_CONTRAST],
  ['danger', 'dangerPaper', LABEL_CONTRAST],
  // Caution labels ("changed since cooked") are read as body text, so AAA too.
  ['caution', 'cautionPaper', BODY_TEXT_CONTRAST],
  ['safe', 'safePaper', LABEL_CONTRAST],
];

/** Backgrounds a link (the accent) sits on: it must read as body text on each. */
export const LINK_BACKGROUNDS: readonly PaletteColour[] = ['paper', 'paperSoft'];

/** `paperSoft` → `--paper-soft`. */
export function cssVariableName(colour: PaletteColour): string {
  return `--${colour.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}
