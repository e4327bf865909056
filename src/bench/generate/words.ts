/**
 * Word lists the synthetic binder is assembled from. Plain words only: no `<`, `{`,
 * `}` or markup, so every text passes the hostile-input rules as it is.
 */
import type { AllergenId } from '../../domain/allergens.ts';
import type { IngredientCategory } from '../../schemas/ingredient.ts';
import type { EquipmentSchema } from '../../schemas/equipment.ts';
import type { z } from 'astro/zod';

type EquipmentCategory = z.infer<typeof EquipmentSchema>['category'];

/** How a cook measures an ingredient: by weight, by volume or by the piece. */
export type MeasureKind = 'mass' | 'volume' | 'count';

export interface BaseIngredient {
  readonly name: string;
  readonly category: IngredientCategory;
  readonly allergens?: readonly AllergenId[];
  readonly mayContain?: readonly AllergenId[];
  readonly measure: MeasureKind;
  readonly zone: 'refrigerated' | 'frozen' | 'dry' | 'ambient';
  /** Meat, poultry or seafood: no vegetarian claim. */
  readonly animal?: 'meat' | 'fish' | 'dairy-or-egg';
  /** Fits sweet dishes (desserts, drinks). */
  readonly sweet?: boolean;
  /** Salt, spice, leavening: scales less than linearly. */
  readonly strong?: boolean;
  /** Grams per millilitre, for liquids. */
  readonly density?: number;
  /** Grams of one piece, for counted goods. */
  readonly gramsEach?: number;
}

/** Ingredients every generated binder has, whatever its size: the bench searches for them (measure-search.ts). */
export const SEARCHED_INGREDIENTS: readonly string[] = ['mozzarella', 'garlic'];

export const BASE_INGREDIENTS: readonly BaseIngredient[] = [
  { name: 'flour', category: 'dry-goods', allergens: ['gluten', 'wheat'], measure: 'mass', zone: 'dry', sweet: true },
  { name: 'semolina', category: 'dry-goods', allergens: ['gluten', 'wheat'], measure: 'mass', zone: 'dry' },
  { name: 'short pasta', category: 'dry-goods', allergens: ['gluten', 'wheat'], measure: 'mass', zone: 'dry' },
  { name: 'breadcrumbs', category: 'bakery', allergens: ['gluten', 'wheat'], measure: 'mass', zone: 'dry' },
  { name: 'butter', category: 'dairy', allergens: ['milk'], measure: 'mass', zone: 'refrigerated', animal: 'dairy-or-egg', sweet: true },
  { name: 'cream', category: 'dairy', allergens: ['milk'], measure: 'volume', zone: 'refrigerated', animal: 'dairy-or-egg', sweet: true, density: 1.01 },
  { name: 'milk', category: 'dairy', allergens: ['milk'], measure: 'volume', zone: 'refrigerated', animal: 'dairy-or-egg', sweet: true, density: 1.03 },
  { name: 'mozzarella', category: 'dairy', allergens: ['milk'], measure: 'mass', zone: 'refrigerated', animal: 'dairy-or-egg' },
  { name: 'ricotta', category: 'dairy', allergens: ['milk'], measure: 'mass', zone: 'refrigerated', animal: 'dairy-or-egg', sweet: true },
  { name: 'hard cheese', category: 'dairy', allergens: ['milk'], measure: 'mass', zone: 'refrigerated', animal: 'dairy-or-egg' },
  { name: 'eggs', category: 'eggs', allergens: ['eggs'], measure: 'count', zone: 'refrigerated', animal: 'dairy-or-egg', sweet: true, gramsEach: 50 },
  { name: 'egg yolks', category: 'eggs', allergens: ['eggs'], measure: 'mass', zone: 'refrigerated', animal: 'dairy-or-egg', sweet: true },
  { name: 'olive oil', category: 'oils-and-fats', measure: 'volume', zone: 'dry', density: 0.91 },
  { name: 'sunflower oil', category: 'oils-and-fats', measure: 'volume', zone: 'dry', density: 0.92 },
  { name: 'tomatoes', category: 'produce', measure: 'mass', zone: 'ambient' },
  { name: 'onions', category: 'produce', measure: 'mass', zone: 'dry' },
  { name: 'garlic', category: 'produce', measure: 'mass', zone: 'dry' },
  { name: 'basil', category: 'herbs-and-spices', measure: 'mass', zone: 'refrigerated' },
  { name: 'parsley', category: 'herbs-and-spices', measure: 'mass', zone: 'refrigerated' },
  { name: 'rosemary', category: 'herbs-and-spices', measure: 'mass', zone: 'refrigerated' },
  { name: 'oregano', category: 'herbs-and-spices', measure: 'mass', zone: 'dry', strong: true },
  { name: 'black pepper', category: 'herbs-and-spices', measure: 'mass', zone: 'dry', strong: true },
  { name: 'chili flakes', category: 'herbs-and-spices', measure: 'mass', zone: 'dry', strong: true },
  { name: 'sea salt', category: 'herbs-and-spices', measure: 'mass', zone: 'dry', strong: true, sweet: true },
  { name: 'sugar', category: 'dry-goods', measure: 'mass', zone: 'dry', sweet: true },
  { name: 'yeast', category: 'dry-goods', measure: 'mass', zone: 'refrigerated', strong: true },
  { name: 'wine vinegar', category: 'condiments', allergens: ['sulphites'], measure: 'volume', zone: 'dry', density: 1.01 },
  { name: 'mustard', category: 'condiments', allergens: ['mustard'], measure: 'mass', zone: 'refrigerated' },
  { name: 'soy sauce', category: 'condiments', allergens: ['soybeans', 'gluten', 'wheat'], measure: 'volume', zone: 'dry', density: 1.17 },
  { name: 'anchovies', category: 'seafood', allergens: ['fish'], measure: 'mass', zone: 'refrigerated', animal: 'fish' },
  { name: 'prawns', category: 'seafood', allergens: ['crustaceans'], measure: 'mass', zone: 'frozen', animal: 'fish' },
  { name: 'mussels', category: 'seafood', allergens: ['molluscs'], measure: 'mass', zone: 'refrigerated', animal: 'fish' },
  { name: 'sausage', category: 'meat', measure: 'mass', zone: 'refrigerated', animal: 'meat' },
  { name: 'salami', category: 'meat', measure: 'mass', zone: 'refrigerated', animal: 'meat' },
  { name: 'chicken thighs', category: 'poultry', measure: 'mass', zone: 'refrigerated', animal: 'meat' },
  { name: 'pine nuts', category: 'dry-goods', allergens: ['tree-nuts'], measure: 'mass', zone: 'dry', sweet: true },
  { name: 'walnuts', category: 'dry-goods', allergens: ['tree-nuts'], measure: 'mass', zone: 'dry', sweet: true },
  { name: 'peanuts', category: 'dry-goods', allergens: ['peanuts'], measure: 'mass', zone: 'dry', sweet: true },
  { name: 'sesame seeds', category: 'dry-goods', allergens: ['sesame'], measure: 'mass', zone: 'dry', sweet: true },
  { name: 'celery', category: 'produce', allergens: ['celery'], measure: 'mass', zone: 'refrigerated' },
  { name: 'lemons', category: 'produce', measure: 'count', zone: 'refrigerated', sweet: true, gramsEach: 120 },
  { name: 'zucchini', category: 'produce', measure: 'mass', zone: 'refrigerated' },
  { name: 'mushrooms', category: 'produce', measure: 'mass', zone: 'refrigerated' },
  { name: 'spinach', category: 'produce', measure: 'mass', zone: 'refrigerated' },
  { name: 'potatoes', category: 'produce', measure: 'mass', zone: 'dry' },
  { name: 'white beans', category: 'dry-goods', measure: 'mass', zone: 'dry' },
  { name: 'chickpeas', category: 'dry-goods', measure: 'mass', zone: 'dry' },
  { name: 'risotto rice', category: 'dry-goods', measure: 'mass', zone: 'dry' },
  { name: 'lupin flour', category: 'dry-goods', allergens: ['lupin'], measure: 'mass', zone: 'dry' },
  { name: 'espresso beans', category: 'beverages', measure: 'mass', zone: 'dry', sweet: true },
  { name: 'dark chocolate', category: 'dry-goods', mayContain: ['milk', 'tree-nuts'], measure: 'mass', zone: 'dry', sweet: true },
  { name: 'cocoa powder', category: 'dry-goods', measure: 'mass', zone: 'dry', sweet: true },
  { name: 'vanilla gelato', category: 'frozen', allergens: ['milk', 'eggs'], measure: 'mass', zone: 'frozen', animal: 'dairy-or-egg', sweet: true },
  { name: 'honey', category: 'condiments', measure: 'mass', zone: 'dry', sweet: true },
  { name: 'water', category: 'beverages', measure: 'mass', zone: 'ambient', sweet: true },
];

/** Words put before a base name to make a distinct product: "Smoked sea salt". */
export const QUALIFIERS = [
  'fine', 'coarse', 'organic', 'local', 'smoked', 'roasted', 'young', 'aged', 'fresh', 'sun-dried', 'Sicilian', 'Ligurian',
  'Calabrian', 'Tuscan', 'Apulian', 'heritage', 'stone-ground', 'wild', 'early-harvest', 'farmhouse', 'hill-grown', 'coastal',
  'small-batch', 'house-selected', 'double-milled', 'cold-pressed', 'mountain', 'valley', 'riverside', 'northern', 'southern',
] as const;

export const SUPPLIER_PACKS: Readonly<Record<MeasureKind, readonly string[]>> = {
  mass: ['5 kg case', '10 kg sack', '2.5 kg tub', '12 × 500 g case', '25 kg sack', '1 kg bag', '3 kg tray'],
  volume: ['6 × 1 l case', '5 l tin', '4 × 2 l case', '20 l drum'],
  count: ['Case of 180', 'Case of 60', 'Tray of 30'],
};
export const REJECT_REASONS = [
  'Damaged or wet packaging, any sign of pests, or no date on the pack',
  'Delivery above the storage temperature, a broken seal, or an off smell',
  'Bruised, mouldy or wilted product, or a case short of its stated weight',
  'A best-before date less than two weeks away, or torn bags',
] as const;

export interface BaseEquipment {
  readonly name: string;
  readonly category: EquipmentCategory;
  readonly range?: readonly [number, number];
  readonly capacity?: readonly [number, 'kg' | 'l' | 'each'];
  readonly utilities?: string;
}

export const BASE_EQUIPMENT: readonly BaseEquipment[] = [
  { name: 'deck oven', category: 'cooking', range: [150, 450], capacity: [6, 'each'], utilities: 'Natural gas, 18 kW per deck; 120 V for controls' },
  { name: 'convection oven', category: 'cooking', range: [50, 300], capacity: [10, 'each'], utilities: '208 V, 30 A three-phase' },
  { name: 'six-burner range', category: 'cooking', utilities: 'Natural gas, 6 × 7 kW burners' },
  { name: 'fryer', category: 'cooking', range: [120, 190], capacity: [15, 'l'], utilities: 'Natural gas, 25 kW' },
  { name: 'salamander grill', category: 'cooking', range: [100, 350], utilities: '208 V, 20 A' },
  { name: 'walk-in cooler', category: 'refrigeration', range: [1, 4], utilities: '208 V, 20 A for the condensing unit' },
  { name: 'reach-in freezer', category: 'refrigeration', range: [-23, -18], utilities: '115 V, 15 A' },
  { name: 'blast chiller', category: 'refrigeration', range: [-35, 3], capacity: [20, 'kg'], utilities: '208 V, 20 A' },
  { name: 'prep table', category: 'refrigeration', range: [1, 5], utilities: '115 V, 15 A' },
  { name: 'spiral mixer', category: 'preparation', capacity: [25, 'kg'], utilities: '208 V, 15 A three-phase' },
  { name: 'food processor', category: 'preparation', capacity: [4, 'l'], utilities: '120 V, 15 A' },
  { name: 'stick blender', category: 'preparation', utilities: '120 V, 15 A' },
  { name: 'digital scale', category: 'smallwares', capacity: [15, 'kg'] },
  { name: 'hotel pans', category: 'smallwares' },
  { name: 'sheet pans', category: 'smallwares' },
  { name: 'sauté pans', category: 'smallwares' },
  { name: 'dough boxes', category: 'smallwares', capacity: [6, 'each'] },
  { name: 'espresso machine', category: 'beverage', range: [88, 96], utilities: '208 V, 30 A; filtered cold water and a floor drain' },
  { name: 'coffee grinder', category: 'beverage', capacity: [1, 'kg'], utilities: '120 V, 15 A' },
  { name: 'dish machine', category: 'warewashing', range: [49, 82], utilities: '208 V, 40 A; hot water and a floor drain' },
  { name: 'three-compartment sink', category: 'warewashing', utilities: 'Hot and cold water, indirect drain' },
  { name: 'handwash sink', category: 'safety', utilities: 'Hot and cold water, soap and towel dispensers' },
  { name: 'probe thermometer', category: 'safety' },
  { name: 'sanitizer test strips', category: 'cleaning' },
  { name: 'floor scrubber', category: 'cleaning', utilities: '120 V, 15 A' },
];

export const EQUIPMENT_QUALIFIERS = ['compact', 'heavy-duty', 'two-door', 'countertop', 'high-output', 'low-profile', 'mobile', 'wall-mounted', 'under-counter', 'twin', 'stackable', 'ventless'] as const;

export const STATION_NAMES = [
  'Pizza bench', 'Oven', 'Hot line', 'Cold line', 'Prep kitchen', 'Espresso bar', 'Dish pit', 'Pastry', 'Grill', 'Fry station',
  'Salad bar', 'Pass', 'Bakery', 'Butchery', 'Garde manger', 'Sauce station',
] as const;
export const STATION_WINGS = ['east', 'west', 'north', 'south', 'upstairs', 'terrace', 'express', 'catering'] as const;

export const ROLES = ['Opening cook', 'Closing cook', 'Shift lead', 'Kitchen manager', 'Prep cook', 'Dishwasher', 'Barista', 'Line cook', 'General manager'] as const;
export const OWNERS = ['Owner', 'General manager', 'Kitchen manager', 'General contractor', 'Shift lead'] as const;

/** Dish words by course: the noun at the end of a recipe's title, and the category it is browsed under. */
export const DISHES = {
  pizza: { nouns: ['pizza', 'pizza bianca', 'calzone'], category: 'Pizza' },
  salad: { nouns: ['salad', 'bowl', 'slaw'], category: 'Salad' },
  main: { nouns: ['pasta', 'risotto', 'stew', 'bake', 'skillet'], category: 'Mains' },
  starter: { nouns: ['bruschetta', 'crostini', 'fritters', 'soup'], category: 'Starters' },
  side: { nouns: ['gratin', 'roast', 'sauté', 'mash'], category: 'Sides' },
  dessert: { nouns: ['tart', 'cake', 'panna cotta', 'semifreddo', 'cookies'], category: 'Desserts' },
  drink: { nouns: ['latte', 'affogato', 'shake', 'cooler'], category: 'Espresso drinks' },
  breakfast: { nouns: ['frittata', 'toast', 'porridge', 'omelette'], category: 'Breakfast' },
} as const;

/** Share of each dish course among recipes that are not components (the sample's 15 dishes). */
export const COURSE_WEIGHTS = { pizza: 6, salad: 2, main: 2, starter: 1, side: 1, dessert: 2, drink: 2, breakfast: 1 } as const;

export const COMPONENT_NOUNS = [
  { noun: 'sauce', category: 'Sauce' },
  { noun: 'dough', category: 'Dough' },
  { noun: 'dressing', category: 'Dressing' },
  { noun: 'crumble', category: 'Topping' },
  { noun: 'pesto', category: 'Sauce' },
  { noun: 'oil', category: 'Oil' },
  { noun: 'cream', category: 'Filling' },
  { noun: 'stock', category: 'Stock' },
  { noun: 'ragù', category: 'Sauce' },
] as const;

export const STYLE_WORDS = ['House', 'Rustic', 'Summer', 'Winter', 'Classic', 'Spicy', 'Market', 'Garden', 'Sunday', 'Late-night', 'Chef’s', 'Harvest'] as const;

export const PREPARATIONS = [
  'finely chopped', 'diced 1 cm', 'sliced thin', 'at room temperature', 'torn by hand', 'drained', 'grated', 'toasted', 'crushed', 'picked, stems removed', 'cold, from the walk-in', 'halved',
] as const;

export const GROUPS = ['Base', 'Filling', 'Topping', 'Finish', 'Dressing', 'Garnish'] as const;

export const METHOD_VERBS = ['Fold in', 'Add', 'Scatter', 'Whisk in', 'Stir in', 'Layer', 'Spread', 'Season with', 'Toss with', 'Work in'] as const;
export const METHOD_ENDS = [
  'until evenly combined',
  'and taste for seasoning',
  'without overworking it',
  'in a thin, even layer',
  'so every portion gets its share',
  'and scrape down the sides of the bowl',
  'until glossy and smooth',
  'then rest for a moment',
] as const;
export const CHECKS = [
  'Check the texture before moving on; it should hold its shape on a spoon.',
  'Taste and correct the salt now, not at the pass.',
  'Wipe the rim of every plate before it leaves the station.',
  'Label the container with the date, the time and your initials.',
  'Keep the station clear as you go so the next ticket starts clean.',
  'Look for an even colour all over; rotate the pan if one side runs ahead.',
] as const;

export const WHY_SENTENCES = [
  'Each part is prepared on its own so it can be held at its best until the ticket comes in.',
  'Weighing instead of scooping keeps every portion the same on a busy night and a quiet one.',
  'The order of the steps matters: the fat goes in before the acid so the emulsion holds.',
  'Resting lets the starches settle, which is why the texture is smooth rather than grainy.',
  'High heat for a short time keeps the colour bright and the flavour clean.',
  'Salt early so it has time to season through; finish with a little more only at the end.',
  'A cold start for the dough slows fermentation and leaves more flavour in the crust.',
  'Cutting everything to the same size means everything cooks in the same time.',
] as const;
export const MISTAKES = [
  ['Skipping the scale.', 'Eyeballed portions drift by a fifth within a week.'],
  ['Crowding the pan.', 'Too much at once steams instead of browning; work in two batches.'],
  ['Seasoning at the end only.', 'Salt added late sits on the surface and tastes harsh.'],
  ['Holding too long.', 'Past the holding time the texture goes and the flavour flattens.'],
  ['Cold plates.', 'A cold plate takes the heat out of the food before it reaches the table.'],
  ['Rushing the rest.', 'Cut too soon and the juices end up on the board.'],
  ['Working wet.', 'Water left on the leaves dilutes the dressing and wilts them.'],
] as const;
export const TROUBLES = [
  ['Too thick:', 'loosen with a spoonful of water at a time, tasting as you go.'],
  ['Too pale:', 'the oven or pan is running cool; check it with the probe before the next batch.'],
  ['Bland:', 'it usually needs salt or acid, not more of the main ingredient.'],
  ['Split or greasy:', 'whisk in a little cold liquid off the heat to bring it back.'],
  ['Dry:', 'it was cooked too long or held too hot; pull it a minute sooner.'],
] as const;
