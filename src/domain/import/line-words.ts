/**
 * The words of ingredient lines in the languages recipes are imported from: unit
 * words parse-ingredient does not know ("cucchiai", "EL", "cucharada"), the small words
 * between a unit and its ingredient ("di", "de", "d’"), and how a language says "to
 * taste" and "optional". English is parse-ingredient's own; each other language adds
 * to it. A language not listed reads as English.
 */

export interface LineWords {
  /** Extra spellings of parse-ingredient's units (its unit ids as keys). */
  readonly units: Readonly<Record<string, readonly string[]>>;
  /** Words between the unit and the ingredient, stripped from the name. */
  readonly linking: readonly (string | RegExp)[];
  /** Words before a quantity that only say it is approximate ("about", "circa"). */
  readonly approximately: readonly string[];
  /** "to taste": the line has no quantity. */
  readonly toTaste: readonly string[];
  /** "optional". */
  readonly optional: readonly string[];
}

const ENGLISH: LineWords = {
  // `portion` is the binder's own unit for a sub-recipe's share ("1 portion Pizza dough"), which parse-ingredient lacks.
  units: { liter: ['litre', 'litres', 'ltr'], milliliter: ['millilitre', 'millilitres'], gram: ['gramme', 'grammes', 'gr'], deciliter: ['decilitre', 'decilitres'], portion: ['portion', 'portions'] },
  linking: ['of'],
  approximately: ['about', 'approximately', 'approx.', 'approx', 'around', 'roughly'],
  toTaste: ['to taste', 'as needed', 'as required', 'for seasoning'],
  optional: ['optional', 'if desired', 'if you like'],
};

const OTHERS: Readonly<Record<string, LineWords>> = {
  it: {
    units: { portion: ['porzione', 'porzioni'], tablespoon: ['cucchiaio', 'cucchiai'], teaspoon: ['cucchiaino', 'cucchiaini'], cup: ['tazza', 'tazze'], clove: ['spicchio', 'spicchi'], pinch: ['pizzico', 'pizzichi'], piece: ['pezzo', 'pezzi'], gram: ['grammi', 'grammo'], kilogram: ['chilo', 'chili'], liter: ['litro', 'litri'], milliliter: ['millilitri'] },
    linking: ['di', 'del', 'della', 'dello', 'dei', 'degli', 'delle', /^d['’]\s*/i],
    approximately: ['circa', 'ca.'],
    toTaste: ['q.b.', 'qb', 'quanto basta', 'a piacere', 'a piacimento'],
    optional: ['facoltativo', 'facoltativa', 'facoltativi', 'opzionale'],
  },
  es: {
    units: { portion: ['porción', 'porciones', 'ración', 'raciones'], tablespoon: ['cucharada', 'cucharadas'], teaspoon: ['cucharadita', 'cucharaditas'], cup: ['taza', 'tazas'], clove: ['diente', 'dientes'], pinch: ['pizca', 'pizcas'], gram: ['gramos', 'gramo'], kilogram: ['kilo', 'kilos'], liter: ['litro', 'litros'], milliliter: ['mililitros'] },
    linking: ['de', 'del', 'de la'],
    approximately: ['unos', 'unas', 'aprox.', 'aproximadamente'],
    toTaste: ['al gusto', 'a gusto', 'c/n', 'cantidad necesaria'],
    optional: ['opcional'],
  },
  fr: {
    units: { tablespoon: ['c. à soupe', 'c.à.s.', 'cuillère à soupe', 'cuillères à soupe', 'cs'], teaspoon: ['c. à café', 'c.à.c.', 'cuillère à café', 'cuillères à café', 'cc'], cup: ['tasse', 'tasses'], clove: ['gousse', 'gousses'], pinch: ['pincée', 'pincées'], gram: ['gramme', 'grammes'], liter: ['litre', 'litres'] },
    linking: ['de', 'du', 'des', /^d['’]\s*/i],
    approximately: ['environ'],
    toTaste: ['selon le goût', 'au goût', 'à votre goût'],
    optional: ['facultatif', 'facultative', 'optionnel'],
  },
  de: {
    units: { tablespoon: ['EL', 'Esslöffel'], teaspoon: ['TL', 'Teelöffel'], cup: ['Tasse', 'Tassen'], clove: ['Zehe', 'Zehen'], pinch: ['Prise', 'Prisen'], piece: ['Stück', 'Stk.'], gram: ['Gramm'], liter: ['Liter'] },
    linking: [],
    approximately: ['ca.', 'etwa', 'circa'],
    toTaste: ['nach Geschmack', 'nach Belieben'],
    optional: ['optional'],
  },
  pt: {
    units: { tablespoon: ['colher de sopa', 'colheres de sopa'], teaspoon: ['colher de chá', 'colheres de chá'], cup: ['xícara', 'xícaras'], clove: ['dente', 'dentes'], pinch: ['pitada', 'pitadas'], gram: ['gramas'], liter: ['litro', 'litros'] },
    linking: ['de', 'do', 'da'],
    approximately: ['cerca de', 'aproximadamente'],
    toTaste: ['a gosto', 'q.b.'],
    optional: ['opcional'],
  },
};

/** The words of `language` (BCP 47; its primary subtag decides), English's included. */
export function lineWords(language: string | undefined): LineWords {
  const own = OTHERS[(language ?? 'en').toLowerCase().split('-')[0] ?? 'en'];
  if (!own) return ENGLISH;
  const units: Record<string, readonly string[]> = { ...ENGLISH.units };
  for (const [id, words] of Object.entries(own.units)) units[id] = [...(units[id] ?? []), ...words];
  return {
    units,
    linking: [...own.linking, ...ENGLISH.linking],
    approximately: [...own.approximately, ...ENGLISH.approximately],
    toTaste: [...own.toTaste, ...ENGLISH.toTaste],
    optional: [...own.optional, ...ENGLISH.optional],
  };
}

/** Whether `language` writes 1.5 as "1,5". */
export function usesDecimalComma(language: string | undefined): boolean {
  try {
    return new Intl.NumberFormat(language ?? 'en').formatToParts(1.5).find((part) => part.type === 'decimal')?.value === ',';
  } catch {
    return false; // a tag Intl does not know reads as English
  }
}
