import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';

/**
 * The data the site build reads from a file: Astro parses MDX frontmatter and YAML
 * data files with js-yaml (through this very function for MDX, and the same `load`
 * for YAML), which reads a few plain scalars differently from our `yaml` parser:
 * `2024-01-01` becomes a Date, `0b101` a number.
 * Returns undefined when the text does not parse.
 */
export function astroReading(format: 'yaml' | 'mdx', text: string): unknown {
  try {
    return parseFrontmatter(format === 'mdx' ? text : `---\n${text.endsWith('\n') ? text : `${text}\n`}---\n`).frontmatter;
  } catch {
    return undefined;
  }
}
