/**
 * Where a build's time goes, phase by phase: `npm run build` prints it and the scale
 * benchmark records it. Each phase ends with a mark; the marks live on `globalThis`
 * because Astro's config (and so the integrations) and the build script are separate
 * module graphs in one process.
 */
import type { AstroIntegration } from 'astro';

/** The phases, in order, and what each covers. */
export const BUILD_PHASES = {
  startup: 'loading Astro and the config',
  check: 'reading and checking the binder (the build gate)',
  content: 'the content store and its types',
  pages: 'bundling scripts and styles, rendering every page',
  search: 'copying media, the Pagefind index',
  offline: 'the offline service worker and its precache manifest',
  finish: 'swapping the new site into dist/',
} as const;

export type BuildPhase = keyof typeof BUILD_PHASES;

interface Mark {
  readonly phase: BuildPhase | 'begin';
  readonly at: number;
}

const MARKS = Symbol.for('open-franchise:build-phase-marks');

function marks(): Mark[] {
  const holder = globalThis as { [MARKS]?: Mark[] };
  holder[MARKS] ??= [];
  return holder[MARKS];
}

/** The build begins now: earlier marks are forgotten. */
export function beginBuildPhases(): void {
  marks().splice(0, Infinity, { phase: 'begin', at: performance.now() });
}

/** `phase` ended now (a build that was not begun records nothing: `astro dev`, tests). */
export function endBuildPhase(phase: BuildPhase): void {
  if (marks().length > 0) marks().push({ phase, at: performance.now() });
}

/** Each ended phase with its duration in milliseconds, in order. */
export function buildPhaseTimes(): Array<{ phase: BuildPhase; ms: number }> {
  const all = marks();
  return all.slice(1).map((mark, index) => ({ phase: mark.phase as BuildPhase, ms: mark.at - all[index]!.at }));
}

/**
 * Marks the phases Astro itself runs. Listed first in the config, so its hooks run
 * before the other integrations' hooks of the same name.
 */
export function buildPhasesIntegration(): AstroIntegration {
  return {
    name: 'open-franchise:build-phases',
    hooks: {
      'astro:config:setup': () => endBuildPhase('startup'),
      'astro:build:start': () => endBuildPhase('content'),
      'astro:build:done': () => endBuildPhase('pages'),
    },
  };
}
