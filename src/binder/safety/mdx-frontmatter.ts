import type { SafetyFinding } from './rules.ts';

/**
 * The frontmatter pattern of `@astrojs/internal-helpers/frontmatter`, which Astro's MDX
 * plugin uses to cut the frontmatter off before compiling the rest. It is mirrored
 * here on purpose: the safety checks must look at exactly the text Astro compiles, not
 * at the checker's own (stricter) reading of the file.
 */
const ASTRO_FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

/** An MDX file cut the way Astro cuts it. */
export interface MdxParts {
  /** The YAML between the fences, as Astro reads it; undefined when Astro sees none. */
  readonly frontmatter: string | undefined;
  /** Lines of the file before the frontmatter text starts (0 for a normal file). */
  readonly frontmatterLineOffset: number;
  /**
   * The whole file with the frontmatter blanked out, as Astro hands it to the MDX
   * compiler (its `empty-with-spaces` mode): positions in it are positions in the file.
   */
  readonly compiled: string;
  /** A frontmatter fence that Astro and the checker would read differently. */
  readonly fenceProblem: SafetyFinding | undefined;
}

/** Splits an MDX file into frontmatter and compiled body, flagging fences the two readers disagree on. */
export function splitMdx(text: string): MdxParts {
  const match = ASTRO_FRONTMATTER.exec(text);
  if (!match) return { frontmatter: undefined, frontmatterLineOffset: 0, compiled: text, fenceProblem: undefined };
  const raw = match[1] ?? '';
  const start = match.index;
  const end = start + match[0].length;
  const compiled = text.slice(0, start) + match[0].replace(/[^\r\n]/g, ' ') + text.slice(end);
  const rawStart = end - 3 - raw.length;
  const frontmatterLineOffset = countLines(text.slice(0, rawStart)) - 1;

  // The checker reads frontmatter only from a `---` on line 1 to the next line that is
  // exactly `---`; Astro also accepts a BOM, blank lines, `+++`, or text after the closing
  // fence. Where they differ, the checker would validate other YAML than Astro loads.
  const restOfClosingLine = /^[^\r\n]*/.exec(text.slice(end))?.[0] ?? '';
  const opensOnLineOne = start === 0 && text.startsWith('---') && /^[ \t]*\r?\n/.test(raw);
  const closesCleanly = text.slice(end - 3, end) === '---' && /^[ \t]*$/.test(restOfClosingLine);
  const fenceProblem: SafetyFinding | undefined =
    opensOnLineOne && closesCleanly
      ? undefined
      : {
          rule: 'mdx-frontmatter',
          line: opensOnLineOne ? countLines(text.slice(0, end)) : 1,
          message: opensOnLineOne ? 'the line that closes the frontmatter holds more than `---`' : 'the frontmatter does not open with `---` on the very first line',
        };
  return { frontmatter: raw, frontmatterLineOffset, compiled, fenceProblem };
}

/** 1-based line number of the end of `text`. */
function countLines(text: string): number {
  let lines = 1;
  for (const char of text) if (char === '\n') lines++;
  return lines;
}
