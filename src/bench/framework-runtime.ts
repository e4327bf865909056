/**
 * Whether a page ships a UI framework's runtime (React, Preact, Vue, Svelte, Solid):
 * the reading pages promise plain HTML with small vanilla custom elements, and a
 * framework is the usual way that promise breaks. Recognised by the chunk's file name
 * (bundlers name chunks after their package), by strings the minified runtimes keep,
 * and by Astro's `<astro-island>`, which only framework components produce.
 */

export interface LoadedModule {
  readonly url: string;
  readonly code: string;
}

interface FrameworkSignature {
  readonly name: string;
  readonly fileName: RegExp;
  readonly codeMarkers: readonly string[];
}

const SIGNATURES: readonly FrameworkSignature[] = [
  {
    name: 'react',
    fileName: /(^|[/._-])react(-dom)?([._-]|$)/i,
    codeMarkers: ['Symbol.for("react.element")', 'Symbol.for("react.transitional.element")', '__SECRET_INTERNALS_DO_NOT_USE', '__CLIENT_INTERNALS_DO_NOT_USE'],
  },
  { name: 'preact', fileName: /(^|[/._-])preact([._-]|$)/i, codeMarkers: ['__PREACT_DEVTOOLS__'] },
  { name: 'vue', fileName: /(^|[/._-])(vue|runtime-dom|runtime-core)([._-]|$)/i, codeMarkers: ['__VUE_', '__vccOpts'] },
  { name: 'svelte', fileName: /(^|[/._-])svelte([._-]|$)/i, codeMarkers: ['svelte.dev/e/', '__svelte'] },
  { name: 'solid', fileName: /(^|[/._-])solid(-js)?([._-]|$)/i, codeMarkers: ['_$HY', '$DX_DELEGATE'] },
];

/** The frameworks found among a page's start-up modules, and "astro-island" when the page hydrates one. */
export function findFrameworkRuntimes(modules: readonly LoadedModule[], frameworkIslands: number): string[] {
  const found = new Set<string>();
  for (const { url, code } of modules) {
    const fileName = url.split(/[?#]/)[0]!.split('/').pop() ?? '';
    for (const signature of SIGNATURES) {
      if (signature.fileName.test(fileName) || signature.codeMarkers.some((marker) => code.includes(marker))) found.add(signature.name);
    }
  }
  if (frameworkIslands > 0) found.add('astro-island');
  return [...found].sort();
}
