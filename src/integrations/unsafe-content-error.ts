/**
 * Raised when content breaks a hostile-input rule (src/binder/safety/rules.ts). Unlike
 * other content problems it stops the dev server too: such a file must never reach
 * Astro's MDX compiler, whose output runs as code.
 */
export class UnsafeContentError extends Error {
  /** `details`: the problem lines, when they have not been printed already. */
  constructor(count: number, details?: string) {
    super(
      `${count} problem${count === 1 ? '' : 's'} with content the binder refuses to compile (${details ? 'below' : 'see above'}, or run \`npm run check\`) — content is data, never code: fix or remove it; nothing was built or served${details ? `\n${details}` : ''}`,
    );
    this.name = 'UnsafeContentError';
  }
}
