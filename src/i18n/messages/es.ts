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
  'language.status': 'Traducciones',
  'translations.title': 'Traducciones',
  'translations.lede': 'Hasta dónde se lee {name} en cada idioma. Los números, temperaturas, tiempos y alérgenos son los mismos en todos los idiomas: una traducción solo contiene palabras, y una parte traducida de palabras que el original cambió después se muestra con un aviso hasta que un traductor la revise.',
  'translations.summary': 'Resumen',
  'translations.section': 'Sección',
  'translations.translated': 'Traducidas',
  'translations.stale': 'Desactualizadas',
  'translations.partial': 'Traducidas en parte',
  'translations.missing': 'Sin traducir',
  'translations.needsWork': 'Entradas por revisar',
  'translations.allCurrent': 'Todas las entradas traducidas están al día.',
  'translations.parts': { one: '# parte', other: '# partes' },
  'translations.howTo': 'Para traducir una entrada, ejecuta {command}; después de cambiar una traducción, ejecuta {reviewed}. El README explica cómo agregar un idioma.',
  'translations.original': '{language} es el idioma en que está escrito el manual.',
  ...siteEs,
  ...kitchenEs,
} as const satisfies Catalogue;
