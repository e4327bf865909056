/**
 * What an MDX body may contain beyond plain Markdown. Everything not listed here is
 * refused, so widening what contributors can write is a reviewed change to this file.
 */

/**
 * The binder's own components that bodies may use, by JSX name (e.g. `Callout`).
 * Empty: bodies are plain Markdown for now. A component added here must also be
 * passed to the body's `<Content components={…} />` where it is rendered, and must
 * only take literal text props (expressions stay refused everywhere).
 */
export const MDX_COMPONENT_ALLOWLIST: readonly string[] = [];

/** Harmless inline HTML elements: they format text and cannot load, run or submit anything. */
export const INLINE_HTML_ALLOWLIST: readonly string[] = ['abbr', 'br', 'wbr', 'sub', 'sup', 'kbd', 'small', 'mark'];

/** The only attribute an allowed inline element may carry. */
export const INLINE_HTML_ATTRIBUTE_ALLOWLIST: readonly string[] = ['title'];

/** URL schemes a link may use; anything else (javascript:, data:, vbscript:, file:, …) is refused. */
export const URL_SCHEME_ALLOWLIST: readonly string[] = ['http', 'https', 'mailto', 'tel'];
