/**
 * Enum values as headings show them: the catalogue writes them as they read inside a
 * sentence ("food safety", "dry goods"), and a heading or the first word of a line
 * capitalizes the first letter ("Food safety").
 */
export function capitalized(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}
