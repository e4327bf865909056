/** WCAG 2 contrast between two #rrggbb colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/** WCAG 2 relative luminance of a #rrggbb colour: 0 for black, 1 for white. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The colour with its HSL lightness set to `lightness` (0–1), hue and saturation kept. */
export function withLightness(hex: string, lightness: number): string {
  const [h, s] = toHsl(validChannels(hex));
  return fromHsl(h, s, Math.min(1, Math.max(0, lightness)));
}

/**
 * The brand colour as text on these backgrounds: unchanged where it already reaches
 * `minRatio` on every one, else moved toward white (on dark backgrounds) or black (on
 * light ones) just far enough. Keeps the hue a reader knows, at a contrast they can read.
 */
export function readableOn(colour: string, backgrounds: readonly string[], minRatio: number): string {
  for (const hex of [colour, ...backgrounds]) validChannels(hex);
  if (backgrounds.length === 0) throw new Error('readableOn needs at least one background colour to measure against');
  const darkBackgrounds = backgrounds.every((bg) => relativeLuminance(bg) < 0.18);
  const start = toHsl(channels(colour))[2];
  for (let step = 0; step <= 100; step += 1) {
    const candidate = step === 0 ? colour.toLowerCase() : withLightness(colour, start + (darkBackgrounds ? step : -step) / 100);
    if (backgrounds.every((bg) => contrastRatio(candidate, bg) >= minRatio)) return candidate;
  }
  throw new Error(`no shade of ${colour} reaches ${minRatio}:1 on ${backgrounds.join(', ')} — choose backgrounds further apart in lightness`);
}

/** NaN channels for anything but #rrggbb, so a contrast check on a malformed colour fails rather than throws. */
function channels(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

function validChannels(hex: string): [number, number, number] {
  if (!/^#[0-9a-fA-F]{6}$/.test(hex)) throw new Error(`"${hex}" is not a #rrggbb colour — write it like #9a3412`);
  return channels(hex);
}

function toHsl([r, g, b]: [number, number, number]): [number, number, number] {
  const [rs, gs, bs] = [r / 255, g / 255, b / 255];
  const max = Math.max(rs, gs, bs);
  const min = Math.min(rs, gs, bs);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === rs ? (gs - bs) / d + (gs < bs ? 6 : 0) : max === gs ? (bs - rs) / d + 2 : (rs - gs) / d + 4;
  return [h / 6, s, l];
}

function fromHsl(h: number, s: number, l: number): string {
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const channel = (t: number): number => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    const v = u < 1 / 6 ? p + (q - p) * 6 * u : u < 1 / 2 ? q : u < 2 / 3 ? p + (q - p) * (2 / 3 - u) * 6 : p;
    return Math.round(v * 255);
  };
  return `#${[channel(h + 1 / 3), channel(h), channel(h - 1 / 3)].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}
