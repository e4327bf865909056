/** The site's strings in Spanish (see en.ts for the keys). */
import type { Catalogue } from './en.ts';
import { kitchenEs } from './kitchen/es.ts';
import { siteEs } from './site/es.ts';

export const es = {
  'page.skipToContent': 'Ir al contenido',
  'nav.label': 'Secciones',
  'language.switcher': 'Idioma',
  'language.notTranslated': 'Esta página aún no está traducida al {language}: se muestra en {original}.',
  'language.stale': 'Partes de esta página se tradujeron de una versión anterior y pueden estar desactualizadas: lee el original.',
  'language.readOriginal': 'Leer el original',
  ...siteEs,
  ...kitchenEs,
} as const satisfies Catalogue;
