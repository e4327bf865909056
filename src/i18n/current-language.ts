/**
 * The language of the page being rendered. Pages render four at a time (astro.config
 * `build.concurrency`), so it cannot be a module variable: the middleware runs each
 * page inside its own async context, and links and UI strings read it from there.
 * Outside a page (tests, commands, endpoints) it is the binder's own language.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { BinderLanguage } from './languages.ts';

const rendering = new AsyncLocalStorage<BinderLanguage>();

/** Runs `render` with `language` as the page's language. */
export function inLanguage<T>(language: BinderLanguage, render: () => T): T {
  return rendering.run(language, render);
}

/** The language of the page being rendered, or undefined outside a page. */
export function currentLanguage(): BinderLanguage | undefined {
  return rendering.getStore();
}
