/** The catalogues by language; a language without one, or a key missing from one, reads English. */
import type { Catalogue } from './en.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { it } from './it.ts';

export const CATALOGUES: Readonly<Record<string, Catalogue>> = { en, es, it };
