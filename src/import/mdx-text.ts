/**
 * Imported words written into an MDX body as words: every character MDX or Markdown
 * would read as syntax (`{` starts an expression, `<` a tag, `*` emphasis, `#` a
 * heading, `[` a link…) is escaped with a backslash, so `{import('fs')}` from a hostile
 * page is printed, never evaluated, and the hostile-input gate sees plain text.
 */

/** Characters with a meaning in Markdown or MDX anywhere in a line. */
const SYNTAX = /[\\`*_{}[\]<>()#+!|~&]/g;

export function mdxText(text: string): string {
  return text
    .replace(SYNTAX, (char) => `\\${char}`)
    // A line starting with a number and a dot, or a dash, would be a list.
    .replace(/^(\s*\d+)\.(?=\s)/gm, '$1\\.')
    .replace(/^(\s*)([-=])/gm, '$1\\$2');
}

/** Paragraphs of imported text as an MDX body: each escaped, separated by blank lines. */
export function mdxParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.map((paragraph) => mdxText(paragraph.trim())).filter((paragraph) => paragraph !== '').join('\n\n');
}
