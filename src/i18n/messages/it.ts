/** The site's strings in Italian (see en.ts for the keys). */
import type { Catalogue } from './en.ts';
import { kitchenIt } from './kitchen/it.ts';
import { siteIt } from './site/it.ts';

export const it = {
  'page.skipToContent': 'Vai al contenuto',
  'nav.label': 'Sezioni',
  'language.switcher': 'Lingua',
  'language.notTranslated': 'Questa pagina non è ancora tradotta in {language}: è mostrata in {original}.',
  'language.stale': 'Parti di questa pagina sono state tradotte da una versione precedente e potrebbero non essere aggiornate: leggi l’originale.',
  'language.readOriginal': 'Leggi l’originale',
  ...siteIt,
  ...kitchenIt,
} as const satisfies Catalogue;
