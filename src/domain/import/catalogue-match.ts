/**
 * Finds the catalogue entry an imported ingredient line means: "all-purpose flour",
 * "cipolle", "Eggs" against the binder's ingredients (and recipes used as sub-recipes),
 * with a confidence the import report shows. Below MATCH_THRESHOLD nothing is chosen
 * and the import proposes a new ingredient instead; a wrong guess would put the wrong
 * allergens and costs on a recipe, so the matcher errs towards "not sure" and leaves
 * the choice to a person, who sees the closest candidates.
 *
 * Three levels, highest first:
 * - 1: the name, id, synonym or translation, written the same way (case, accents,
 *   punctuation and hyphens aside);
 * - 0.95: the same words after folding singular and plural ("onions", "cipolle",
 *   "huevos") and dropping words that never change what is bought ("fresh", "large");
 * - below that, a similarity of words and letters, for the report's candidates. It
 *   reaches the threshold only when every word on both sides matches with at most a
 *   slip of spelling: sharing a word is never enough ("olive oil" is not "olives").
 */

export interface CatalogueName {
  readonly text: string;
  readonly language: string;
  readonly kind: 'id' | 'name' | 'synonym' | 'translation';
}

export interface CatalogueItem {
  readonly collection: 'ingredients' | 'recipes';
  readonly id: string;
  readonly names: readonly CatalogueName[];
}

export interface CatalogueMatch {
  readonly collection: 'ingredients' | 'recipes';
  readonly id: string;
  /** 0 to 1, two decimals. */
  readonly confidence: number;
  readonly by: CatalogueName['kind'] | 'similar';
  /** The catalogue name it matched, as the catalogue writes it. */
  readonly matched: string;
}

export interface MatchResult {
  /** The entry the line means; only at or above MATCH_THRESHOLD, and never when two entries tie there. */
  readonly best: CatalogueMatch | undefined;
  /** Up to 3 entries, best first, for the report: also below the threshold, and both sides of a tie. */
  readonly candidates: readonly CatalogueMatch[];
}

/**
 * 0.8 lets through the exact and folded levels (1 and 0.95) and a similarity only where
 * every word on both sides matches, spelled nearly alike ("Parmigiano Regiano", 0.91).
 * Names that share words but not all of them ("garlic" and "garlic oil", "sea salt" and
 * "Fine sea salt") score 0.5 to 0.75 and are kept under it whatever their length. A
 * missed match costs a person one click in the report; a wrong one, the wrong allergens.
 */
export const MATCH_THRESHOLD = 0.8;

const EXACT = 1;
const FOLDED = 0.95;
/** A similarity stays under the folded level: folding is the stronger evidence. */
const SIMILAR_CEILING = 0.94;
/**
 * A recipe's title names a dish, and a line that only shares words with it is rarely
 * that dish ("garlic" is not "Garlic oil"): a sub-recipe is never guessed, so a
 * similar title counts for less and stays under the threshold (0.94 × 0.7 < 0.8).
 */
const RECIPE_SIMILARITY_FACTOR = 0.7;
/** Candidates weaker than this are noise in the report. */
const CANDIDATE_FLOOR = 0.25;
const MAX_CANDIDATES = 3;
/** A different word order ("milk chocolate", "chocolate milk") may be a different food. */
const ORDER_FACTOR = 0.85;
/**
 * A word left over on either side ("red wine" and "Red wine vinegar") makes another or a
 * more specific product, and words in another order may too: a person confirms such a
 * match, so it scores a little less and never reaches the threshold, however many words
 * the names have in common.
 */
const PARTIAL_FACTOR = 0.95;
const PARTIAL_CEILING = MATCH_THRESHOLD - 0.01;

/** Lower case, no accents, one kind of apostrophe, punctuation and hyphens as spaces. */
export function normaliseName(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´ʼ]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .split(' ')
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter((word) => word !== '')
    .join(' ');
}

/**
 * The words of a normalised name, split at apostrophes too ("d'oliva" → "d", "oliva";
 * "baker's" → "baker", "s"); single letters (elided articles, the possessive s, "e" and
 * "y" for "and") are dropped.
 */
export function nameWords(normalised: string): string[] {
  return normalised.split(/[ ']+/).filter((word) => word.length > 1 || /\d/.test(word));
}

/**
 * Plurals that no ending rule reaches. "Uova" is the plural of "uovo"; the English ones
 * change the stem.
 */
const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  uova: 'uovo',
  leaves: 'leaf',
  loaves: 'loaf',
  halves: 'half',
  knives: 'knife',
  geese: 'goose',
};

/**
 * Singular words the plural rules would turn into a different food: "pesce" (fish) is not
 * the plural of "pesca" (peach), "paste" is not "pasta", "mace" is not "maca", "pine" is not
 * "piña", "rape" is not "rapa" (turnip), "pate" is not "pata".
 */
const NOT_PLURALS: ReadonlySet<string> = new Set(['pesce', 'paste', 'mace', 'pine', 'rape', 'pate']);

/**
 * The singulars a word may be the plural of, by the endings of English ("onions",
 * "tomatoes", "cherries"), Spanish ("cebollas", "limones", "nueces") and Italian
 * ("cipolle", "pomodori", "funghi", "albicocche"). More than one guess is fine: a guess
 * only counts when it is exactly the other word. Words under 4 letters, numbers and
 * words ending in -ss or -us ("swiss", "asparagus", "couscous") are left alone.
 */
function singularForms(word: string): string[] {
  const irregular = IRREGULAR_PLURALS[word];
  if (irregular) return [irregular];
  if (word.length < 4 || /\d/.test(word) || NOT_PLURALS.has(word)) return [];
  const forms: string[] = [];
  if (word.endsWith('s')) {
    if (!/(ss|us)$/.test(word)) forms.push(word.slice(0, -1));
    if (word.endsWith('es')) forms.push(word.slice(0, -2));
    if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
    if (word.endsWith('ces')) forms.push(`${word.slice(0, -3)}z`);
  } else if (word.endsWith('e')) {
    const stem = word.slice(0, -1);
    forms.push(/[cg]he$/.test(word) ? `${word.slice(0, -2)}a` : `${stem}a`);
    if (/[cg]e$/.test(word)) forms.push(`${stem}ia`);
  } else if (word.endsWith('i')) {
    const stem = word.slice(0, -1);
    forms.push(`${stem}o`, `${stem}e`, `${stem}io`);
    if (/[cg]hi$/.test(word)) forms.push(`${word.slice(0, -2)}o`);
  }
  return forms.filter((form) => form.length >= 3);
}

/** The same word, or one the plural of the other. */
export function sameWord(a: string, b: string): boolean {
  return a === b || singularForms(a).includes(b) || singularForms(b).includes(a);
}

/**
 * Words that say how good, big or fresh something is, never which thing to buy: the
 * catalogue entry's purchasing spec already fixes size, grade and sourcing. Dropped from
 * both sides. Kept on purpose: "extra virgin" (another oil), "baby" (baby spinach is its
 * own product), "whole", "fine", "dried", "ground", "smoked", "frozen", "raw".
 */
const DESCRIPTOR_WORDS: ReadonlySet<string> = new Set([
  // size
  'large', 'small', 'medium', 'big', 'jumbo', 'sized',
  'grande', 'grandi', 'grandes', 'piccolo', 'piccola', 'piccoli', 'piccole',
  'pequeno', 'pequena', 'pequenos', 'pequenas', 'mediano', 'mediana', 'medianos', 'medianas',
  'gros', 'grosse', 'grosses', 'petit', 'petite', 'petits', 'petites', 'moyen', 'moyenne', 'moyens', 'moyennes',
  'gross', 'grosser', 'klein', 'kleine', 'kleiner', 'kleines',
  // freshness and ripeness
  'fresh', 'ripe', 'fresco', 'fresca', 'freschi', 'fresche', 'frescos', 'frescas',
  'maturo', 'matura', 'maturi', 'mature', 'maduro', 'madura', 'maduros', 'maduras',
  'frais', 'fraiche', 'fraiches', 'frisch', 'frische', 'frischer', 'frisches',
  // quality and sourcing
  'organic', 'premium', 'quality', 'bio', 'biologico', 'biologica', 'biologici', 'biologiche',
  'organico', 'organica', 'organicos', 'organicas', 'ecologico', 'ecologica', 'ecologicos', 'ecologicas',
]);

/** Phrases of the same kind, dropped before the single words. */
const DESCRIPTOR_PHRASES: readonly (readonly string[])[] = [
  ['good', 'quality'], ['high', 'quality'], ['best', 'quality'], ['top', 'quality'],
  ['extra', 'large'], ['free', 'range'], ['buona', 'qualita'], ['alta', 'qualita'], ['buena', 'calidad'],
];

/**
 * "Fresh" names a different product next to these words: fresh yeast is not dry yeast,
 * fresh pasta is not dried pasta, queso fresco is a cheese of its own.
 */
const FRESH_NAMES_A_PRODUCT: ReadonlySet<string> = new Set([
  'yeast', 'pasta', 'mozzarella', 'cheese', 'cream', 'lievito', 'levadura', 'levure', 'hefe',
  'queso', 'formaggio', 'fromage', 'kase', 'panna', 'nata', 'creme', 'sahne',
]);
const FRESH_WORDS: ReadonlySet<string> = new Set(['fresh', 'fresco', 'fresca', 'freschi', 'fresche', 'frescos', 'frescas', 'frais', 'fraiche', 'fraiches', 'frisch', 'frische', 'frischer', 'frisches']);

/**
 * What the cook does to it, written before the name on a line ("2 chopped onions"):
 * dropped from the imported name only. In a catalogue name the same word names what the
 * binder buys ready ("Chopped tomatoes" in tins), and an exact match still finds it.
 * Not here because they also name a product: "crushed" (crushed red pepper), "ground",
 * "peeled", "rallado" (pan rallado is breadcrumbs).
 */
const PREPARATION_WORDS: ReadonlySet<string> = new Set([
  'chopped', 'diced', 'minced', 'sliced', 'grated', 'shredded', 'cubed', 'halved', 'finely', 'roughly', 'coarsely', 'thinly', 'freshly',
  'tritato', 'tritata', 'tritati', 'tritate', 'grattugiato', 'grattugiata', 'grattugiati', 'grattugiate',
  'picado', 'picada', 'picados', 'picadas', 'hache', 'hachee', 'haches', 'hachees', 'emince', 'emincee',
  'gehackt', 'gehackte', 'gerieben', 'geriebener', 'geriebene', 'gewurfelt', 'gewurfelte',
]);
/** "Freshly ground pepper": the cook grinds it, so what is bought is whole. */
const PREPARATION_PHRASES: readonly (readonly string[])[] = [['freshly', 'ground']];

/** Small words between the words that matter: "olio d'oliva", "salchicha con hinojo". */
const LINKING_WORDS: ReadonlySet<string> = new Set([
  'of', 'the', 'and', 'with', 'an',
  'di', 'del', 'della', 'dello', 'dei', 'degli', 'delle', 'al', 'alla', 'allo', 'ai', 'agli', 'alle', 'il', 'lo', 'la', 'le', 'gli', 'un', 'una', 'uno', 'ed', 'con',
  'de', 'el', 'los', 'las', 'en',
  'du', 'des', 'et', 'au', 'aux',
  'und', 'mit', 'von', 'der', 'die', 'das', 'dem', 'den',
]);

/** The words that decide what a name means, in order. */
function foldedWords(name: string, side: 'imported' | 'catalogue'): string[] {
  let words = nameWords(normaliseName(name));
  words = withoutPhrases(words, DESCRIPTOR_PHRASES);
  if (side === 'imported') words = withoutPhrases(words, PREPARATION_PHRASES);
  const kept = words.filter((word, index) => {
    if (LINKING_WORDS.has(word)) return false;
    if (side === 'imported' && PREPARATION_WORDS.has(word)) return false;
    if (FRESH_WORDS.has(word)) return FRESH_NAMES_A_PRODUCT.has(words[index - 1] ?? '') || FRESH_NAMES_A_PRODUCT.has(words[index + 1] ?? '');
    return !DESCRIPTOR_WORDS.has(word);
  });
  // A name made only of such words ("Fresh") still means itself.
  return kept.length > 0 ? kept : words;
}

function withoutPhrases(words: readonly string[], phrases: readonly (readonly string[])[]): string[] {
  const result: string[] = [];
  for (let index = 0; index < words.length; index++) {
    const phrase = phrases.find((candidate) => candidate.every((word, offset) => words[index + offset] === word));
    if (phrase) index += phrase.length - 1;
    else result.push(words[index]!);
  }
  return result;
}

/** Dice coefficient of the letter triples of two texts, padded so first letters count. */
function trigramSimilarity(a: string, b: string): number {
  const left = trigrams(a);
  const right = trigrams(b);
  if (left.size === 0 && right.size === 0) return 1;
  let shared = 0;
  for (const gram of left) if (right.has(gram)) shared++;
  return (2 * shared) / (left.size + right.size);
}

function trigrams(text: string): Set<string> {
  const padded = `  ${text} `;
  const grams = new Set<string>();
  for (let index = 0; index + 3 <= padded.length; index++) grams.add(padded.slice(index, index + 3));
  return grams;
}

/**
 * How alike two words are: 1 for the same word or its plural; for a slip of spelling in
 * a longer word ("mozarella") the letter similarity; otherwise 0. The first letter must
 * agree, so "salted" is not "unsalted" and "tomato" is not "potato".
 */
function wordSimilarity(a: string, b: string): number {
  if (sameWord(a, b)) return 1;
  if (a.length < 5 || b.length < 5 || a[0] !== b[0]) return 0;
  const similarity = trigramSimilarity(a, b);
  return similarity >= 0.7 ? similarity : 0;
}

/**
 * Words matched one to one, then: the share of matched words over both names (a Dice
 * coefficient, so a word left over on either side costs the same) weighted 0.7, the
 * letter similarity of the whole names 0.3; less, and under the threshold, when a word
 * is left over or the order differs.
 */
function nameSimilarity(imported: readonly string[], catalogue: readonly string[]): number {
  if (imported.length === 0 || catalogue.length === 0) return 0;
  const used = new Set<number>();
  const positions: number[] = [];
  let matched = 0;
  for (const word of imported) {
    let bestIndex = -1;
    let bestScore = 0;
    catalogue.forEach((other, index) => {
      if (used.has(index)) return;
      const score = wordSimilarity(word, other);
      if (score > bestScore) [bestIndex, bestScore] = [index, score];
    });
    if (bestIndex < 0) continue;
    used.add(bestIndex);
    positions.push(bestIndex);
    matched += bestScore;
  }
  const words = (2 * matched) / (imported.length + catalogue.length);
  const letters = trigramSimilarity(imported.join(' '), catalogue.join(' '));
  const inOrder = positions.every((position, index) => index === 0 || position > positions[index - 1]!);
  const similarity = (0.7 * words + 0.3 * letters) * (inOrder ? 1 : ORDER_FACTOR);
  const partial = positions.length < imported.length || positions.length < catalogue.length;
  return partial || !inOrder ? Math.min(PARTIAL_CEILING, similarity * PARTIAL_FACTOR) : Math.min(SIMILAR_CEILING, similarity);
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((word, index) => sameWord(word, b[index]!));
}

/** Id and name are the binder's own words; synonyms and translations come after. */
const KIND_ORDER: Readonly<Record<CatalogueMatch['by'], number>> = { name: 0, id: 1, synonym: 2, translation: 3, similar: 4 };

interface PreparedName {
  readonly name: CatalogueName;
  readonly normalised: string;
  readonly words: readonly string[];
}

interface PreparedItem {
  readonly item: CatalogueItem;
  readonly names: readonly PreparedName[];
}

interface Scored {
  readonly match: CatalogueMatch;
  /** The name is in the language asked for. */
  readonly inLanguage: boolean;
}

export class Catalogue {
  readonly #items: readonly PreparedItem[];

  constructor(items: readonly CatalogueItem[]) {
    this.#items = items.map((item) => ({
      item,
      // An id is written with hyphens, which normalise to spaces: "flour-00" reads "flour 00".
      names: item.names.map((name) => ({ name, normalised: normaliseName(name.text), words: foldedWords(name.text, 'catalogue') })),
    }));
  }

  match(name: string, language?: string): MatchResult {
    const normalised = normaliseName(name);
    if (normalised === '') return { best: undefined, candidates: [] };
    const words = foldedWords(name, 'imported');
    const ranked = this.#items
      .map((prepared) => bestOfItem(prepared, normalised, words, language))
      .filter((scored): scored is Scored => scored !== undefined && scored.match.confidence >= CANDIDATE_FLOOR)
      .sort(compareScored);
    const candidates = ranked.slice(0, MAX_CANDIDATES).map((scored) => scored.match);
    const [first, second] = candidates;
    const tied = first !== undefined && second !== undefined && second.confidence === first.confidence;
    const best = first && first.confidence >= MATCH_THRESHOLD && !tied ? first : undefined;
    return { best, candidates };
  }
}

/** The item's strongest name for the imported one. */
function bestOfItem(prepared: PreparedItem, normalised: string, words: readonly string[], language: string | undefined): Scored | undefined {
  let best: Scored | undefined;
  for (const candidate of prepared.names) {
    const scored = scoreName(prepared.item, candidate, normalised, words, language);
    if (!best || compareScored(scored, best) < 0) best = scored;
  }
  return best;
}

function scoreName(item: CatalogueItem, candidate: PreparedName, normalised: string, words: readonly string[], language: string | undefined): Scored {
  const inLanguage = language !== undefined && primaryLanguage(candidate.name.language) === primaryLanguage(language);
  const found = (confidence: number, by: CatalogueMatch['by']): Scored => ({
    match: { collection: item.collection, id: item.id, confidence: round(confidence), by, matched: candidate.name.text },
    inLanguage,
  });
  if (candidate.normalised === normalised) return found(EXACT, candidate.name.kind);
  if (sameWords(words, candidate.words)) return found(FOLDED, candidate.name.kind);
  const similarity = nameSimilarity(words, candidate.words);
  return found(item.collection === 'recipes' ? similarity * RECIPE_SIMILARITY_FACTOR : similarity, 'similar');
}

/** Higher confidence first; then a name in the language asked for; then the binder's own words; then by id, to be stable. */
function compareScored(a: Scored, b: Scored): number {
  return (
    b.match.confidence - a.match.confidence ||
    Number(b.inLanguage) - Number(a.inLanguage) ||
    KIND_ORDER[a.match.by] - KIND_ORDER[b.match.by] ||
    a.match.collection.localeCompare(b.match.collection) ||
    a.match.id.localeCompare(b.match.id)
  );
}

function primaryLanguage(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? '';
}

function round(confidence: number): number {
  return Math.round(confidence * 100) / 100;
}
