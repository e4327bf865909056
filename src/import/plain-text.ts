/**
 * Imported text as text: whatever markup a source put in a name or a step
 * (`<b>`, `<script>…</script>`, `<img onerror=…>`) is parsed as HTML and only its words
 * are kept; entities are decoded; whitespace is collapsed. Nothing in it can run
 * anywhere it is written afterwards, and MDX-looking text is escaped where it is
 * written (./mdx-text.ts), not here.
 */
import { load } from 'cheerio';

export function plainText(value: unknown): string {
  if (typeof value !== 'string') return '';
  // Script and style contents are code, not words.
  const $ = load(`<body>${value}</body>`);
  $('script, style, template, noscript').remove();
  return $('body').text().replace(/\s+/g, ' ').trim();
}
