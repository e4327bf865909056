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
  'language.status': 'Traduzioni',
  'translations.title': 'Traduzioni',
  'translations.lede': 'Quanto {name} si legge in ogni lingua. Numeri, temperature, tempi e allergeni sono gli stessi in ogni lingua: una traduzione contiene solo parole, e una parte tradotta da parole che l’originale ha poi cambiato è mostrata con un avviso finché un traduttore non la rivede.',
  'translations.summary': 'Riepilogo',
  'translations.section': 'Sezione',
  'translations.translated': 'Tradotte',
  'translations.stale': 'Non aggiornate',
  'translations.partial': 'Tradotte in parte',
  'translations.missing': 'Non tradotte',
  'translations.needsWork': 'Voci da rivedere',
  'translations.allCurrent': 'Tutte le voci tradotte sono aggiornate.',
  'translations.parts': { one: '# parte', other: '# parti' },
  'translations.howTo': 'Per tradurre una voce, esegui {command}; dopo aver modificato una traduzione, esegui {reviewed}. Il README spiega come aggiungere una lingua.',
  'translations.original': '{language} è la lingua in cui è scritto il manuale.',
  ...siteIt,
  ...kitchenIt,
} as const satisfies Catalogue;
