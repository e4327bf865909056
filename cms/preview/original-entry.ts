/**
 * The original of an entry being translated, as /admin/originals/<collection>/<id>.json
 * hands it to the editor's preview of a translation: its data and body in the binder's
 * own language, and the shape of its prose (which fields a translation may hold).
 */
import type { ProseShape } from '../../src/schemas/translation.ts';

export interface OriginalEntry {
  readonly shape: ProseShape & { kind: 'object' };
  readonly data: unknown;
  /** The Markdown body of an MDX entry. */
  readonly body?: string;
}
