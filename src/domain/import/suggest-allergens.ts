/**
 * Suggestions for an ingredient the import proposes to add: the allergens, purchasing
 * category and storage zone its name hints at ("Weizenmehl" → wheat and gluten, "burro
 * di arachidi" → peanuts). Only suggestions: a name never says everything (dark
 * chocolate's soy lecithin, the wine in Dijon mustard), so a person confirms each
 * before the ingredient is written, and nothing here is ever taken as the declaration.
 *
 * Words are matched whole, after the catalogue's normalisation, singular or plural
 * ("eggplant" is not eggs, "almonds" is almond). English, Spanish, Italian, French and
 * German words are known; with a language given, its words, English words and product
 * names shared by all languages ("mozzarella", "tofu") are used, so that Spanish "en
 * grano" (whole bean) is not read as Italian "grano" (wheat). German compounds
 * ("Erdnussbutter") are split when the language is German.
 */
import type { z } from 'astro/zod';
import { IMPLIED_ALLERGENS, sortAllergens, type AllergenId } from '../allergens.ts';
import type { IngredientCategory } from '../../schemas/ingredient.ts';
import type { StorageZoneSchema } from '../../schemas/storage.ts';
import { nameWords, normaliseName, sameWord } from './catalogue-match.ts';

export type StorageZone = z.infer<typeof StorageZoneSchema>;

type Language = 'en' | 'es' | 'it' | 'fr' | 'de';
type Vocabulary<Group extends string> = Readonly<Record<Language | 'shared', Partial<Record<Group, readonly string[]>>>>;

/**
 * `plant`: what a milk, butter, cream, cheese, flour or nut word is made of when it is
 * not dairy, wheat or a tree nut ("coconut milk", "rice flour", "noix de muscade"); it has no
 * allergen of its own. `none`: phrases that contain an allergen's word without being it.
 */
type AllergenGroup = AllergenId | 'plant' | 'none';

/**
 * `wheat` brings `gluten` with it (IMPLIED_ALLERGENS); barley, rye and oats are gluten
 * only. A word under several allergens has them all (savoiardi, soy sauce).
 */
const ALLERGEN_WORDS: Vocabulary<AllergenGroup> = {
  shared: {
    milk: [
      'mozzarella', 'parmesan', 'parmigiano', 'grana', 'pecorino', 'ricotta', 'mascarpone', 'gorgonzola', 'burrata', 'provolone', 'fontina', 'taleggio',
      'stracciatella', 'scamorza', 'asiago', 'stracchino', 'caciocavallo', 'cheddar', 'brie', 'camembert', 'feta', 'halloumi', 'gruyere', 'emmental',
      'emmentaler', 'manchego', 'paneer', 'labneh', 'ghee', 'kefir', 'quark', 'gelato', 'latte', 'bechamel', 'besciamella', 'mozzarella di bufala',
    ],
    eggs: ['savoiardi', 'mayonnaise', 'aioli'],
    wheat: [
      'pasta', 'semolina', 'couscous', 'bulgur', 'farro', 'seitan', 'panko', 'spaghetti', 'penne', 'fusilli', 'rigatoni', 'linguine', 'tagliatelle',
      'fettuccine', 'pappardelle', 'lasagne', 'lasagna', 'macaroni', 'maccheroni', 'orecchiette', 'ditalini', 'orzo', 'gnocchi', 'ravioli', 'tortellini',
      'cannelloni', 'focaccia', 'ciabatta', 'grissini', 'savoiardi', 'udon', 'ramen', 'freekeh', 'kamut', 'durum',
    ],
    fish: ['bottarga', 'colatura', 'surimi', 'dashi', 'katsuobushi', 'bonito', 'worcestershire', 'nam pla', 'nuoc mam', 'garum'],
    soybeans: ['tofu', 'miso', 'edamame', 'tempeh', 'tamari', 'shoyu', 'natto'],
    sesame: ['tahini', 'tahina', 'gomasio', 'halva', 'halvah'],
    'tree-nuts': ['macadamia', 'gianduja', 'gianduia', 'pignoli'],
    mustard: ['dijon'],
    sulphites: ['prosecco', 'champagne', 'marsala', 'sherry', 'vermouth', 'madeira'],
  },
  en: {
    milk: ['milk', 'cream', 'butter', 'buttermilk', 'cheese', 'yogurt', 'yoghurt', 'whey', 'casein', 'curd', 'lactose', 'custard', 'eggnog'],
    eggs: ['egg', 'yolk', 'albumen', 'meringue', 'mayo', 'eggnog', 'custard', 'ladyfinger', 'hollandaise'],
    // Soy sauce is brewed with wheat; tamari, usually without.
    wheat: ['wheat', 'flour', 'bread', 'breadcrumb', 'noodle', 'spelt', 'cracker', 'crouton', 'biscuit', 'pastry', 'tortilla', 'pita', 'baguette', 'brioche', 'croissant', 'soy sauce'],
    gluten: ['barley', 'rye', 'oat', 'oatmeal', 'malt'],
    fish: ['fish', 'anchovy', 'tuna', 'salmon', 'cod', 'haddock', 'hake', 'halibut', 'mackerel', 'sardine', 'trout', 'sea bass', 'snapper', 'tilapia', 'swordfish', 'pollock', 'herring', 'plaice', 'monkfish', 'bream', 'carp', 'catfish', 'eel', 'sprat', 'whitebait', 'caviar', 'roe', 'kipper', 'lox'],
    crustaceans: ['shrimp', 'prawn', 'crab', 'lobster', 'crayfish', 'crawfish', 'langoustine', 'scampi', 'krill'],
    molluscs: ['mussel', 'clam', 'oyster', 'scallop', 'squid', 'calamari', 'octopus', 'cuttlefish', 'snail', 'escargot', 'whelk', 'cockle', 'abalone', 'conch'],
    peanuts: ['peanut', 'groundnut', 'ground nut', 'monkey nut'],
    // "Pine nut" is on the FDA's list of tree nuts (2025 guidance, Appendix I), though not on the EU's.
    'tree-nuts': ['almond', 'hazelnut', 'filbert', 'walnut', 'pecan', 'cashew', 'pistachio', 'brazil nut', 'pine nut', 'nut', 'marzipan', 'frangipane', 'praline', 'heartnut', 'bush nut', 'queensland nut'],
    soybeans: ['soy', 'soya', 'soybean', 'bean curd', 'soy sauce'],
    sesame: ['sesame'],
    mustard: ['mustard'],
    celery: ['celery', 'celeriac'],
    lupin: ['lupin', 'lupine', 'lupini'],
    // Wine, and the dried fruit usually kept with sulphur dioxide. Vinegar is left to its
    // words: wine vinegar is caught by "wine", malt, cider and rice vinegars seldom pass 10 mg/kg.
    sulphites: ['wine', 'dried apricot', 'dried fruit', 'dried fig', 'dried peach', 'dried pear', 'dried mango', 'raisin', 'sultana'],
    plant: ['coconut', 'cocoa', 'cacao', 'shea', 'rice', 'corn', 'maize', 'buckwheat', 'chickpea', 'potato', 'tapioca', 'cassava', 'hemp', 'sunflower', 'pumpkin', 'apple', 'tiger', 'kola', 'cola', 'nutmeg', 'tartar'],
    none: ['oyster mushroom', 'butter bean'],
  },
  es: {
    milk: ['leche', 'nata', 'crema', 'mantequilla', 'queso', 'yogur', 'suero', 'requeson', 'cuajada'],
    eggs: ['huevo', 'yema', 'clara', 'mayonesa', 'merengue'],
    wheat: ['trigo', 'harina', 'pan', 'pan rallado', 'fideo', 'semola', 'espelta', 'salsa de soja'],
    gluten: ['cebada', 'centeno', 'avena', 'malta'],
    fish: ['pescado', 'pez', 'anchoa', 'boqueron', 'atun', 'salmon', 'bacalao', 'merluza', 'sardina', 'caballa', 'trucha', 'lubina', 'dorada'],
    crustaceans: ['camaron', 'gamba', 'langostino', 'cangrejo', 'langosta', 'cigala', 'bogavante'],
    molluscs: ['mejillon', 'almeja', 'ostra', 'vieira', 'calamar', 'pulpo', 'sepia', 'caracol', 'berberecho', 'chipiron'],
    peanuts: ['cacahuete', 'cacahuate', 'mani'],
    'tree-nuts': ['almendra', 'avellana', 'nuez', 'anacardo', 'pistacho', 'pacana', 'nuez de brasil', 'pinon', 'mazapan', 'frutos secos'],
    soybeans: ['soja', 'salsa de soja'],
    sesame: ['sesamo', 'ajonjoli'],
    mustard: ['mostaza'],
    celery: ['apio', 'apionabo'],
    lupin: ['altramuz', 'lupino'],
    sulphites: ['vino', 'pasa', 'uva pasa', 'orejon'],
    plant: ['coco', 'cacao', 'arroz', 'maiz', 'garbanzo', 'patata', 'papa'],
    none: ['nuez moscada'],
  },
  it: {
    milk: ['latte', 'panna', 'crema', 'burro', 'formaggio', 'yogurt', 'siero'],
    eggs: ['uovo', 'tuorlo', 'albume', 'maionese', 'meringa'],
    wheat: ['grano', 'frumento', 'farina', 'pane', 'pangrattato', 'semola', 'spelta', 'salsa di soia'],
    gluten: ['orzo', 'segale', 'avena', 'malto'],
    fish: ['pesce', 'acciuga', 'alice', 'tonno', 'salmone', 'merluzzo', 'baccala', 'stoccafisso', 'sardina', 'sarda', 'sgombro', 'trota', 'branzino', 'spigola', 'orata'],
    crustaceans: ['gambero', 'gamberetto', 'granchio', 'aragosta', 'astice', 'scampo', 'mazzancolla'],
    molluscs: ['cozza', 'vongola', 'ostrica', 'capasanta', 'capesante', 'calamaro', 'polpo', 'totano', 'seppia', 'lumaca', 'moscardino'],
    peanuts: ['arachide', 'nocciolina'],
    'tree-nuts': ['mandorla', 'nocciola', 'noce', 'anacardo', 'anacardio', 'pistacchio', 'pinolo', 'noce pecan', 'noce del brasile', 'marzapane', 'frutta secca'],
    soybeans: ['soia', 'salsa di soia'],
    sesame: ['sesamo'],
    mustard: ['senape', 'mostarda'],
    celery: ['sedano'],
    lupin: ['lupino'],
    sulphites: ['vino', 'uvetta', 'uva passa', 'sultanina', 'frutta secca'],
    plant: ['cocco', 'cacao', 'riso', 'mais', 'ceci', 'patata', 'grano saraceno'],
    none: ['noce moscata'],
  },
  fr: {
    milk: ['lait', 'creme', 'beurre', 'babeurre', 'fromage', 'yaourt', 'yogourt', 'lactoserum'],
    eggs: ['oeuf', 'meringue'],
    wheat: ['ble', 'farine', 'pain', 'chapelure', 'semoule', 'epeautre', 'pates', 'sauce soja'],
    gluten: ['orge', 'seigle', 'avoine', 'malt'],
    fish: ['poisson', 'anchois', 'thon', 'saumon', 'cabillaud', 'morue', 'sardine', 'maquereau', 'truite', 'dorade'],
    crustaceans: ['crevette', 'crabe', 'homard', 'langouste', 'langoustine', 'ecrevisse'],
    molluscs: ['moule', 'palourde', 'huitre', 'saint jacques', 'calmar', 'encornet', 'poulpe', 'seiche', 'escargot', 'bulot'],
    peanuts: ['arachide', 'cacahuete'],
    'tree-nuts': ['amande', 'noisette', 'noix', 'cajou', 'pistache', 'pecan', 'noix du bresil', 'pignon', 'massepain'],
    soybeans: ['soja', 'sauce soja'],
    sesame: ['sesame'],
    mustard: ['moutarde'],
    celery: ['celeri'],
    lupin: ['lupin'],
    sulphites: ['vin', 'raisins secs', 'abricots secs', 'fruits secs'],
    plant: ['coco', 'cacao', 'riz', 'mais', 'pois chiche', 'sarrasin', 'muscade', 'pomme de terre'],
  },
  de: {
    milk: ['milch', 'sahne', 'rahm', 'butter', 'buttermilch', 'kase', 'joghurt', 'molke', 'schmand', 'creme'],
    eggs: ['ei', 'eier', 'eigelb', 'eiweiss', 'eidotter', 'huhnerei', 'huhnereier'],
    wheat: ['weizen', 'mehl', 'brot', 'brotchen', 'nudel', 'nudeln', 'griess', 'dinkel', 'paniermehl', 'semmelbrosel', 'sojasauce'],
    gluten: ['gerste', 'roggen', 'hafer', 'malz'],
    fish: ['fisch', 'sardelle', 'sardellen', 'anchovis', 'thunfisch', 'lachs', 'kabeljau', 'dorsch', 'sardine', 'sardinen', 'makrele', 'makrelen', 'forelle', 'forellen', 'hering', 'seelachs'],
    crustaceans: ['garnele', 'garnelen', 'krabbe', 'krabben', 'hummer', 'languste', 'krebs', 'flusskrebs', 'shrimps'],
    molluscs: ['muschel', 'muscheln', 'miesmuschel', 'miesmuscheln', 'auster', 'austern', 'jakobsmuschel', 'jakobsmuscheln', 'tintenfisch', 'kalmar', 'krake', 'oktopus', 'schnecke', 'schnecken'],
    peanuts: ['erdnuss', 'erdnusse'],
    'tree-nuts': ['mandel', 'mandeln', 'haselnuss', 'haselnusse', 'walnuss', 'walnusse', 'cashew', 'cashewkern', 'cashewkerne', 'pistazie', 'pistazien', 'pekannuss', 'pekannusse', 'paranuss', 'paranusse', 'pinienkern', 'pinienkerne', 'nuss', 'nusse', 'marzipan'],
    soybeans: ['soja', 'sojabohne', 'sojabohnen', 'sojasauce'],
    sesame: ['sesam'],
    mustard: ['senf'],
    celery: ['sellerie', 'knollensellerie', 'staudensellerie'],
    lupin: ['lupine', 'lupinen'],
    sulphites: ['wein', 'rosine', 'rosinen', 'sultanine', 'sultaninen', 'trockenobst', 'trockenfruchte'],
    plant: ['kokos', 'kokosnuss', 'kakao', 'reis', 'mais', 'buchweizen', 'kichererbse', 'kartoffel', 'muskat', 'muskatnuss'],
  },
};

/**
 * Words that name an allergen only when nothing else makes them: milk, cream, butter,
 * cheese or yogurt of coconut, almond or oats are not dairy; flour of rice or almonds is
 * not wheat; "nuez" and "noix" of coconut are not tree nuts. Such a word counts unless a
 * `plant` or cereal, nut or seed word stands right before it ("peanut butter",
 * "Kokosmilch") or after it past "of", "de", "di" ("burro di arachidi", "lait d'amande");
 * that word then brings its own allergens ("almond milk" is tree nuts).
 */
const MADE_OF_WORDS: ReadonlySet<string> = new Set([
  'milk', 'cream', 'butter', 'cheese', 'yogurt', 'yoghurt', 'flour', 'nut',
  'leche', 'crema', 'nata', 'mantequilla', 'queso', 'yogur', 'harina', 'nuez',
  'latte', 'panna', 'burro', 'formaggio', 'farina', 'noce',
  'lait', 'creme', 'beurre', 'fromage', 'yaourt', 'farine', 'noix',
  'milch', 'sahne', 'kase', 'joghurt', 'mehl', 'nuss',
]);
const MADE_OF_GROUPS: ReadonlySet<AllergenGroup> = new Set(['plant', 'tree-nuts', 'peanuts', 'soybeans', 'sesame', 'lupin', 'wheat', 'gluten']);
/** The small words between "latte" and "cocco", "lait" and "amande" (d'amande). */
const MADE_OF_LINKS: ReadonlySet<string> = new Set(['of', 'de', 'di', 'd', 'du', 'des', 'del', 'della', 'dello', 'dei', 'degli', 'delle']);

interface AllergenKeyword {
  readonly allergens: readonly AllergenId[];
  /** A plant, cereal, nut or seed: what a MADE_OF word beside it is made of. */
  readonly madeOf: boolean;
  /** One of MADE_OF_WORDS. */
  readonly madeOfWord: boolean;
}

/**
 * The allergens a name suggests, in the table's order, with the ones they imply (wheat
 * brings gluten). An empty list means no word was recognised, not that there are none.
 */
export function suggestAllergens(name: string, language?: string): AllergenId[] {
  const words = wordsOf(name, language);
  const hits = findKeywords(words, allergenKeywords(language));
  const madeOfElse = madeOfSomethingElse(words, hits);
  const found = hits.filter((hit) => !madeOfElse.has(hit.start)).flatMap((hit) => hit.value.allergens);
  const implied = found.flatMap((allergen) => IMPLIED_ALLERGENS[allergen] ?? []);
  return sortAllergens([...found, ...implied]);
}

/** Where in the words a milk, butter, flour or nut word is made of something else ("coconut milk"). */
function madeOfSomethingElse(words: readonly string[], hits: readonly Hit<AllergenKeyword>[]): Set<number> {
  const positions = new Set<number>();
  hits.forEach((hit, index) => {
    if (!hit.value.madeOfWord) return;
    const before = hits[index - 1];
    let next = hit.end;
    while (next < words.length && MADE_OF_LINKS.has(words[next]!)) next++;
    const after = hits[index + 1];
    const madeOfBefore = before !== undefined && before.end === hit.start && before.value.madeOf;
    const madeOfAfter = next > hit.end && after !== undefined && after.start === next && after.value.madeOf;
    if (madeOfBefore || madeOfAfter) positions.add(hit.start);
  });
  return positions;
}

const allergenCache = new Map<string, readonly Keyword<AllergenKeyword>[]>();

function allergenKeywords(language: string | undefined): readonly Keyword<AllergenKeyword>[] {
  const languages = languagesFor(language);
  const key = languages.join(' ');
  const cached = allergenCache.get(key);
  if (cached) return cached;
  const merged = new Map<string, { allergens: Set<AllergenId>; madeOf: boolean }>();
  for (const table of languages.map((tag) => ALLERGEN_WORDS[tag])) {
    for (const [group, phrases] of Object.entries(table) as [AllergenGroup, readonly string[]][]) {
      for (const phrase of phrases) {
        const entry = merged.get(phrase) ?? { allergens: new Set<AllergenId>(), madeOf: false };
        if (group !== 'plant' && group !== 'none') entry.allergens.add(group);
        if (MADE_OF_GROUPS.has(group)) entry.madeOf = true;
        merged.set(phrase, entry);
      }
    }
  }
  const keywords = [...merged].map(([phrase, entry]) =>
    keyword(phrase, { allergens: [...entry.allergens], madeOf: entry.madeOf, madeOfWord: MADE_OF_WORDS.has(phrase) }),
  );
  allergenCache.set(key, keywords);
  return keywords;
}

/** Purchasing categories by the words that name them; phrases win over their words. */
const CATEGORY_WORDS: Vocabulary<IngredientCategory> = {
  shared: {
    dairy: ['mozzarella', 'parmesan', 'parmigiano', 'grana', 'pecorino', 'ricotta', 'mascarpone', 'gorgonzola', 'burrata', 'provolone', 'fontina', 'taleggio', 'stracciatella', 'scamorza', 'asiago', 'cheddar', 'brie', 'camembert', 'feta', 'halloumi', 'gruyere', 'emmental', 'manchego', 'paneer', 'ghee', 'kefir', 'quark', 'latte'],
    frozen: ['gelato', 'sorbet', 'sorbetto'],
    meat: ['salami', 'salame', 'pancetta', 'guanciale', 'prosciutto', 'mortadella', 'speck', 'nduja', 'chorizo', 'pepperoni', 'bresaola', 'coppa'],
    seafood: ['bottarga', 'surimi', 'calamari', 'scampi'],
    'dry-goods': ['pasta', 'semolina', 'couscous', 'bulgur', 'farro', 'polenta', 'quinoa', 'spaghetti', 'penne', 'fusilli', 'rigatoni', 'linguine', 'tagliatelle', 'fettuccine', 'lasagne', 'macaroni', 'orecchiette', 'ditalini', 'orzo', 'cannellini', 'borlotti', 'risotto', 'arborio', 'carnaroli', 'tahini', 'tofu', 'miso'],
    bakery: ['savoiardi', 'focaccia', 'ciabatta', 'grissini', 'brioche', 'croissant', 'baguette', 'pita', 'panettone'],
    'herbs-and-spices': ['oregano', 'paprika', 'curry', 'za atar'],
    condiments: ['dijon', 'ketchup', 'mayonnaise', 'sriracha', 'tabasco', 'harissa', 'pesto', 'worcestershire'],
    beverages: ['espresso', 'prosecco', 'champagne'],
    produce: ['zucchini', 'arugula', 'cremini', 'porcini', 'avocado', 'broccoli', 'edamame'],
  },
  en: {
    frozen: ['frozen', 'ice cream'],
    condiments: ['vinegar', 'mustard', 'mayo', 'soy sauce', 'fish sauce', 'hot sauce', 'oyster sauce', 'honey', 'jam', 'marmalade', 'relish', 'chutney', 'caper', 'olive', 'pickle', 'peanut butter'],
    'oils-and-fats': ['oil', 'lard', 'shortening', 'margarine', 'dripping', 'fat'],
    'herbs-and-spices': ['herb', 'basil', 'rosemary', 'thyme', 'parsley', 'sage', 'mint', 'bay leaf', 'dill', 'cilantro', 'coriander', 'chive', 'tarragon', 'marjoram', 'pepper', 'peppercorn', 'salt', 'cinnamon', 'nutmeg', 'cumin', 'clove', 'vanilla', 'saffron', 'chili flakes', 'red pepper flakes', 'chili powder', 'cayenne', 'turmeric', 'ground ginger', 'fennel seed', 'mustard seed', 'anise', 'star anise', 'cardamom', 'allspice', 'garlic powder', 'onion powder', 'spice', 'seasoning'],
    dairy: ['milk', 'cream', 'butter', 'buttermilk', 'cheese', 'yogurt', 'yoghurt', 'whey', 'curd'],
    eggs: ['egg', 'yolk', 'egg white'],
    poultry: ['chicken', 'turkey', 'duck', 'goose', 'quail', 'hen', 'poultry'],
    meat: ['beef', 'pork', 'lamb', 'veal', 'mutton', 'goat', 'venison', 'rabbit', 'sausage', 'bacon', 'ham', 'mince', 'steak', 'meat', 'meatball'],
    seafood: ['fish', 'anchovy', 'tuna', 'salmon', 'cod', 'haddock', 'hake', 'halibut', 'mackerel', 'sardine', 'trout', 'sea bass', 'snapper', 'herring', 'shrimp', 'prawn', 'crab', 'lobster', 'mussel', 'clam', 'oyster', 'scallop', 'squid', 'octopus'],
    bakery: ['bread', 'bun', 'roll', 'ladyfinger', 'biscuit', 'cracker', 'breadstick', 'cake', 'tortilla', 'pastry', 'crouton'],
    'dry-goods': ['flour', 'sugar', 'rice', 'noodle', 'egg noodle', 'oat', 'lentil', 'chickpea', 'bean', 'breadcrumb', 'yeast', 'baking powder', 'baking soda', 'cocoa', 'chocolate', 'nut', 'pine nut', 'almond', 'hazelnut', 'walnut', 'pistachio', 'cashew', 'pecan', 'peanut', 'seed', 'raisin', 'dried fruit', 'cornstarch', 'starch', 'gelatin', 'stock cube', 'coconut', 'coconut milk', 'coconut cream', 'cocoa butter', 'cream of tartar', 'chestnut', 'tomato paste'],
    beverages: ['water', 'coffee', 'espresso bean', 'coffee bean', 'tea', 'juice', 'wine', 'beer', 'soda', 'almond milk', 'oat milk', 'soy milk'],
    produce: ['onion', 'garlic', 'garlic clove', 'shallot', 'scallion', 'spring onion', 'leek', 'tomato', 'potato', 'carrot', 'celery', 'lettuce', 'spinach', 'rocket', 'courgette', 'eggplant', 'aubergine', 'bell pepper', 'cucumber', 'mushroom', 'lemon', 'lime', 'orange', 'apple', 'pear', 'banana', 'berry', 'strawberry', 'raspberry', 'blueberry', 'grape', 'peach', 'apricot', 'cherry', 'melon', 'cabbage', 'kale', 'cauliflower', 'fennel', 'asparagus', 'artichoke', 'pea', 'green bean', 'corn', 'beet', 'radish', 'pumpkin', 'squash', 'ginger', 'chili', 'jalapeno', 'salad', 'celeriac', 'water chestnut'],
  },
  es: {
    frozen: ['congelado', 'helado'],
    condiments: ['vinagre', 'mostaza', 'mayonesa', 'salsa de soja', 'miel', 'mermelada', 'alcaparra', 'aceituna'],
    'oils-and-fats': ['aceite', 'manteca'],
    'herbs-and-spices': ['albahaca', 'romero', 'tomillo', 'perejil', 'salvia', 'menta', 'hierbabuena', 'laurel', 'eneldo', 'cilantro', 'pimienta', 'sal', 'canela', 'nuez moscada', 'comino', 'clavo', 'vainilla', 'azafran', 'pimenton', 'chile en hojuelas', 'hojuelas de chile', 'especia'],
    dairy: ['leche', 'nata', 'crema', 'mantequilla', 'queso', 'yogur', 'requeson'],
    eggs: ['huevo', 'yema', 'clara'],
    poultry: ['pollo', 'pavo', 'pato', 'ganso', 'codorniz', 'gallina'],
    meat: ['ternera', 'res', 'carne', 'cerdo', 'cordero', 'jamon', 'salchicha', 'tocino', 'panceta', 'lomo'],
    seafood: ['pescado', 'anchoa', 'boqueron', 'atun', 'salmon', 'bacalao', 'merluza', 'sardina', 'camaron', 'gamba', 'langostino', 'cangrejo', 'mejillon', 'almeja', 'calamar', 'pulpo'],
    bakery: ['pan', 'bizcocho', 'galleta'],
    'dry-goods': ['harina', 'azucar', 'arroz', 'fideo', 'lenteja', 'garbanzo', 'frijol', 'alubia', 'judia', 'levadura', 'cacao', 'chocolate', 'coco', 'almendra', 'avellana', 'nuez', 'pistacho', 'anacardo', 'cacahuete', 'cacahuate', 'mani', 'pinon', 'frutos secos', 'pan rallado', 'semola'],
    beverages: ['agua', 'cafe', 'te', 'zumo', 'jugo', 'vino', 'cerveza'],
    produce: ['cebolla', 'ajo', 'tomate', 'patata', 'papa', 'zanahoria', 'apio', 'lechuga', 'espinaca', 'rucula', 'calabacin', 'calabacita', 'berenjena', 'pimiento', 'pepino', 'champinon', 'seta', 'hongo', 'limon', 'naranja', 'manzana', 'pera', 'platano', 'fresa', 'uva', 'melocoton', 'durazno', 'albaricoque', 'cereza', 'col', 'repollo', 'coliflor', 'puerro', 'hinojo', 'esparrago', 'alcachofa', 'guisante', 'maiz', 'calabaza', 'jengibre', 'chile'],
  },
  it: {
    frozen: ['surgelato', 'congelato'],
    condiments: ['aceto', 'senape', 'maionese', 'salsa di soia', 'miele', 'marmellata', 'cappero', 'oliva'],
    'oils-and-fats': ['olio', 'strutto', 'lardo'],
    'herbs-and-spices': ['basilico', 'rosmarino', 'timo', 'prezzemolo', 'salvia', 'menta', 'alloro', 'aneto', 'coriandolo', 'erba cipollina', 'pepe', 'sale', 'cannella', 'noce moscata', 'cumino', 'chiodo di garofano', 'vaniglia', 'zafferano', 'peperoncino', 'spezie'],
    dairy: ['latte', 'panna', 'burro', 'formaggio', 'yogurt'],
    eggs: ['uovo', 'tuorlo', 'albume'],
    poultry: ['pollo', 'tacchino', 'anatra', 'oca', 'quaglia', 'gallina'],
    meat: ['manzo', 'maiale', 'agnello', 'vitello', 'salsiccia', 'carne', 'macinato'],
    seafood: ['pesce', 'acciuga', 'alice', 'tonno', 'salmone', 'merluzzo', 'baccala', 'sardina', 'gambero', 'granchio', 'cozza', 'vongola', 'calamaro', 'polpo', 'seppia'],
    bakery: ['pane', 'panino', 'biscotto'],
    'dry-goods': ['farina', 'zucchero', 'riso', 'lenticchia', 'cece', 'fagiolo', 'lievito', 'cacao', 'cioccolato', 'cocco', 'mandorla', 'nocciola', 'noce', 'pistacchio', 'anacardo', 'arachide', 'pinolo', 'frutta secca', 'pangrattato', 'semola'],
    beverages: ['acqua', 'caffe', 'te', 'succo', 'vino', 'birra'],
    produce: ['cipolla', 'aglio', 'pomodoro', 'patata', 'carota', 'sedano', 'lattuga', 'insalata', 'spinaci', 'rucola', 'zucchina', 'zucchino', 'melanzana', 'peperone', 'cetriolo', 'fungo', 'limone', 'arancia', 'mela', 'pera', 'fragola', 'uva', 'pesca', 'albicocca', 'ciliegia', 'cavolo', 'cavolfiore', 'porro', 'scalogno', 'finocchio', 'asparago', 'carciofo', 'pisello', 'zucca', 'zenzero'],
  },
  fr: {
    frozen: ['surgele', 'congele', 'glace'],
    condiments: ['vinaigre', 'moutarde', 'sauce soja', 'miel', 'confiture', 'capre', 'olive', 'cornichon'],
    'oils-and-fats': ['huile', 'saindoux', 'graisse'],
    'herbs-and-spices': ['basilic', 'romarin', 'thym', 'persil', 'sauge', 'menthe', 'laurier', 'aneth', 'coriandre', 'ciboulette', 'estragon', 'poivre', 'sel', 'cannelle', 'muscade', 'cumin', 'girofle', 'vanille', 'safran', 'piment', 'epice'],
    dairy: ['lait', 'creme', 'beurre', 'fromage', 'yaourt'],
    eggs: ['oeuf'],
    poultry: ['poulet', 'dinde', 'canard', 'oie', 'caille', 'volaille'],
    meat: ['boeuf', 'porc', 'agneau', 'veau', 'saucisse', 'jambon', 'lardon', 'viande'],
    seafood: ['poisson', 'anchois', 'thon', 'saumon', 'cabillaud', 'morue', 'sardine', 'crevette', 'crabe', 'homard', 'moule', 'palourde', 'calmar', 'poulpe'],
    bakery: ['pain', 'biscuit'],
    'dry-goods': ['farine', 'sucre', 'riz', 'pates', 'lentille', 'pois chiche', 'haricot', 'levure', 'cacao', 'chocolat', 'coco', 'amande', 'noisette', 'noix', 'pistache', 'cajou', 'arachide', 'cacahuete', 'pignon', 'chapelure', 'semoule'],
    beverages: ['eau', 'cafe', 'the', 'jus', 'vin', 'biere'],
    produce: ['oignon', 'ail', 'tomate', 'pomme de terre', 'carotte', 'celeri', 'laitue', 'salade', 'epinard', 'roquette', 'courgette', 'aubergine', 'poivron', 'concombre', 'champignon', 'citron', 'orange', 'pomme', 'poire', 'banane', 'fraise', 'raisin', 'peche', 'abricot', 'cerise', 'chou', 'poireau', 'echalote', 'fenouil', 'asperge', 'artichaut', 'petit pois', 'courge', 'gingembre'],
  },
  de: {
    frozen: ['tiefgekuhlt', 'tiefkuhl', 'eis'],
    condiments: ['essig', 'senf', 'sojasauce', 'honig', 'marmelade', 'konfiture', 'kaper', 'kapern', 'olive', 'oliven'],
    'oils-and-fats': ['ol', 'schmalz'],
    'herbs-and-spices': ['basilikum', 'rosmarin', 'thymian', 'petersilie', 'salbei', 'minze', 'lorbeer', 'dill', 'koriander', 'schnittlauch', 'estragon', 'pfeffer', 'salz', 'zimt', 'muskat', 'muskatnuss', 'kreuzkummel', 'nelke', 'vanille', 'safran', 'chiliflocken', 'gewurz'],
    dairy: ['milch', 'sahne', 'rahm', 'butter', 'kase', 'joghurt', 'molke', 'schmand'],
    eggs: ['ei', 'eier', 'eigelb', 'eiweiss'],
    poultry: ['huhn', 'hahnchen', 'hendl', 'pute', 'truthahn', 'ente', 'gans', 'wachtel', 'geflugel'],
    meat: ['rind', 'rindfleisch', 'schwein', 'schweinefleisch', 'lamm', 'kalb', 'wurst', 'schinken', 'speck', 'hackfleisch', 'fleisch'],
    seafood: ['fisch', 'sardelle', 'sardellen', 'thunfisch', 'lachs', 'kabeljau', 'garnele', 'garnelen', 'krabbe', 'muschel', 'muscheln', 'tintenfisch'],
    bakery: ['brot', 'brotchen', 'keks', 'kuchen'],
    'dry-goods': ['mehl', 'zucker', 'reis', 'nudel', 'nudeln', 'linse', 'linsen', 'kichererbse', 'bohne', 'bohnen', 'hefe', 'kakao', 'schokolade', 'kokos', 'kokosnuss', 'mandel', 'mandeln', 'haselnuss', 'haselnusse', 'walnuss', 'walnusse', 'erdnuss', 'erdnusse', 'nuss', 'nusse', 'pistazie', 'pistazien', 'pinienkern', 'pinienkerne', 'griess'],
    beverages: ['wasser', 'kaffee', 'tee', 'saft', 'wein', 'bier'],
    produce: ['zwiebel', 'knoblauch', 'tomate', 'kartoffel', 'karotte', 'mohre', 'sellerie', 'salat', 'spinat', 'rucola', 'aubergine', 'gurke', 'pilz', 'champignon', 'zitrone', 'limette', 'orange', 'apfel', 'birne', 'banane', 'erdbeere', 'traube', 'pfirsich', 'aprikose', 'kirsche', 'kohl', 'brokkoli', 'blumenkohl', 'lauch', 'schalotte', 'fenchel', 'spargel', 'artischocke', 'erbse', 'kurbis', 'ingwer'],
  },
};

/** Words after these name what is absent: "mantequilla sin sal" is butter, not salt. */
const WITHOUT_WORDS: ReadonlySet<string> = new Set(['without', 'sin', 'senza', 'sans', 'ohne']);
/** Spanish, Italian and French put the noun first ("aceite de oliva"); English and German last ("olive oil"). */
const NOUN_FIRST: ReadonlySet<string> = new Set(['es', 'it', 'fr']);

/**
 * The purchasing category a name suggests: anything frozen is `frozen` (that is how it
 * is bought and kept); otherwise the category of the noun the name is about, the last
 * word found in English and German, the first in Spanish, Italian and French. A dairy
 * word made of something else ("coconut milk", "burro di arachidi") is left out.
 */
export function suggestCategory(name: string, language?: string): IngredientCategory | undefined {
  const words = wordsOf(name, language);
  const without = words.findIndex((word) => WITHOUT_WORDS.has(word));
  const madeOfElse = madeOfSomethingElse(words, findKeywords(words, allergenKeywords(language)));
  const hits = findKeywords(without < 0 ? words : words.slice(0, without), categoryKeywords(language)).filter((hit) => !(madeOfElse.has(hit.start) && hit.end === hit.start + 1));
  if (hits.some((hit) => hit.value === 'frozen')) return 'frozen';
  const head = NOUN_FIRST.has(primaryLanguage(language)) ? hits[0] : hits[hits.length - 1];
  return head?.value;
}

const categoryCache = new Map<string, readonly Keyword<IngredientCategory>[]>();

function categoryKeywords(language: string | undefined): readonly Keyword<IngredientCategory>[] {
  const languages = languagesFor(language);
  const key = languages.join(' ');
  const cached = categoryCache.get(key);
  if (cached) return cached;
  const keywords = languages.flatMap((tag) =>
    (Object.entries(CATEGORY_WORDS[tag]) as [IngredientCategory, readonly string[]][]).flatMap(([category, phrases]) => phrases.map((phrase) => keyword(phrase, category))),
  );
  categoryCache.set(key, keywords);
  return keywords;
}

/**
 * Where a category is usually kept, for the proposal's storage zone. Cold where in doubt:
 * produce, condiments and fresh herbs vary (onions and vinegar keep dry), and keeping cold
 * what could stay dry is never the unsafe mistake.
 */
export function suggestStorageZone(category: IngredientCategory | undefined): StorageZone | undefined {
  switch (category) {
    case undefined:
      return undefined;
    case 'produce':
    case 'dairy':
    case 'eggs':
    case 'meat':
    case 'poultry':
    case 'seafood':
    case 'condiments':
      return 'refrigerated';
    case 'frozen':
      return 'frozen';
    case 'bakery':
    case 'dry-goods':
    case 'oils-and-fats':
    case 'herbs-and-spices':
    case 'beverages':
      return 'dry';
  }
}

interface Keyword<Value> {
  readonly words: readonly string[];
  readonly value: Value;
}

interface Hit<Value> {
  readonly start: number;
  /** One past the last word. */
  readonly end: number;
  readonly value: Value;
}

function keyword<Value>(phrase: string, value: Value): Keyword<Value> {
  return { words: nameWords(normaliseName(phrase)), value };
}

/**
 * The keywords in a name's words, left to right: at each word the longest phrase that
 * starts there, a word written the same before a singular or plural of it.
 */
function findKeywords<Value>(words: readonly string[], keywords: readonly Keyword<Value>[]): Hit<Value>[] {
  const hits: Hit<Value>[] = [];
  for (let start = 0; start < words.length; ) {
    let best: { keyword: Keyword<Value>; exact: boolean } | undefined;
    for (const candidate of keywords) {
      const length = candidate.words.length;
      if (start + length > words.length || !candidate.words.every((word, offset) => sameWord(words[start + offset]!, word))) continue;
      const exact = candidate.words.every((word, offset) => words[start + offset] === word);
      if (!best || length > best.keyword.words.length || (length === best.keyword.words.length && exact && !best.exact)) best = { keyword: candidate, exact };
    }
    if (best) {
      hits.push({ start, end: start + best.keyword.words.length, value: best.keyword.value });
      start += best.keyword.words.length;
    } else {
      start++;
    }
  }
  return hits;
}

/**
 * The name's words, split at apostrophes too, keeping the elided "d" that links "lait
 * d'amande"; in German, compounds split into the words the tables know.
 */
function wordsOf(name: string, language: string | undefined): string[] {
  const words = normaliseName(name).split(/[ ']+/).filter((word) => word !== '');
  return primaryLanguage(language) === 'de' ? words.flatMap(splitCompound) : words;
}

const GERMAN_WORDS: ReadonlySet<string> = new Set(
  [ALLERGEN_WORDS.de, CATEGORY_WORDS.de].flatMap((table) => Object.values(table).flat()).filter((phrase) => !phrase.includes(' ')),
);

/**
 * "Erdnussbutter" → "erdnuss", "butter"; "Weizenmehl" → "weizen", "mehl"; "Sesamöl" →
 * "sesam", "ol". The longest known last part first, then the longest known first part
 * (at least 4 letters each, so "Eis" is not "Ei"); a linking -s, -n, -en or -es
 * ("Tomatensauce") is dropped when that makes a known word. A word the tables know
 * whole ("Tintenfisch", squid, not fish) stays whole.
 */
function splitCompound(word: string): string[] {
  if (GERMAN_WORDS.has(word)) return [word];
  for (let cut = 3; cut <= word.length - 4; cut++) {
    const last = word.slice(cut);
    if (GERMAN_WORDS.has(last)) return [knownStem(word.slice(0, cut)), last];
  }
  for (let cut = word.length - 2; cut >= 4; cut--) {
    const first = word.slice(0, cut);
    if (GERMAN_WORDS.has(first)) return [first, word.slice(cut)];
  }
  return [word];
}

function knownStem(part: string): string {
  const stems = [part, ...['s', 'n', 'en', 'es'].filter((ending) => part.endsWith(ending)).map((ending) => part.slice(0, -ending.length))];
  return stems.find((stem) => GERMAN_WORDS.has(stem)) ?? part;
}

const LANGUAGES: readonly Language[] = ['en', 'es', 'it', 'fr', 'de'];

/** The tables for a language: shared names, English and its own; every table for a language not listed. */
function languagesFor(language: string | undefined): readonly (Language | 'shared')[] {
  const primary = primaryLanguage(language);
  const known = LANGUAGES.find((tag) => tag === primary);
  if (!known) return ['shared', ...LANGUAGES];
  return known === 'en' ? ['shared', 'en'] : ['shared', 'en', known];
}

function primaryLanguage(tag: string | undefined): string {
  return (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
}
