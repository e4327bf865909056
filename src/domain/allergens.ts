/**
 * The fixed allergen list: the union of the EU's 14 (Regulation 1169/2011, Annex II)
 * and the US's 9 major food allergens (FALCPA as amended by the FASTER Act).
 * Wheat is listed apart from gluten because the US names wheat itself, and a
 * wheat-free claim differs from a gluten-free one (rye and barley carry gluten too).
 */
export const ALLERGENS = {
  gluten: { label: 'Gluten', detail: 'Cereals containing gluten: wheat, rye, barley, oats, spelt, kamut', eu: true, us: false },
  wheat: { label: 'Wheat', detail: 'Wheat in any form, including spelt and durum', eu: false, us: true },
  crustaceans: { label: 'Crustaceans', detail: 'Crab, lobster, prawns, shrimp, crayfish', eu: true, us: true },
  molluscs: { label: 'Molluscs', detail: 'Mussels, clams, oysters, squid, octopus, snails', eu: true, us: false },
  eggs: { label: 'Eggs', detail: 'Eggs of any bird, and anything made from them', eu: true, us: true },
  fish: { label: 'Fish', detail: 'All finfish, including anchovy, fish sauce and Worcestershire sauce', eu: true, us: true },
  peanuts: { label: 'Peanuts', detail: 'Peanuts (groundnuts) and peanut oil that is not highly refined', eu: true, us: true },
  soybeans: { label: 'Soy', detail: 'Soybeans and anything made from them: soy sauce, tofu, lecithin', eu: true, us: true },
  milk: { label: 'Milk', detail: 'Milk of any animal, and anything made from it: butter, cheese, cream, whey', eu: true, us: true },
  'tree-nuts': { label: 'Tree nuts', detail: 'Almonds, hazelnuts, walnuts, cashews, pecans, pistachios, Brazil and macadamia nuts', eu: true, us: true },
  celery: { label: 'Celery', detail: 'Celery and celeriac: stalks, leaves, seeds, root', eu: true, us: false },
  mustard: { label: 'Mustard', detail: 'Mustard seeds, powder, leaves and prepared mustard', eu: true, us: false },
  sesame: { label: 'Sesame', detail: 'Sesame seeds, tahini and sesame oil', eu: true, us: true },
  sulphites: { label: 'Sulphites', detail: 'Sulphur dioxide and sulphites above 10 mg/kg: wine, dried fruit, some vinegars', eu: true, us: false },
  lupin: { label: 'Lupin', detail: 'Lupin seeds and flour', eu: true, us: false },
} as const satisfies Record<string, AllergenDefinition>;

export interface AllergenDefinition {
  /** Name shown on badges and in the matrix. */
  readonly label: string;
  /** What the allergen covers, in plain words, for a cook in doubt. */
  readonly detail: string;
  /** On the EU's list of 14. */
  readonly eu: boolean;
  /** On the US's list of 9 major allergens. */
  readonly us: boolean;
}

export type AllergenId = keyof typeof ALLERGENS;

/** Every allergen id in the table's order, which is also the display order. */
export const ALLERGEN_IDS = Object.keys(ALLERGENS) as [AllergenId, ...AllergenId[]];

/** Sorts allergens into the table's order, without duplicates. */
export function sortAllergens(ids: Iterable<AllergenId>): AllergenId[] {
  const present = new Set(ids);
  return ALLERGEN_IDS.filter((id) => present.has(id));
}

/**
 * Allergens that another one always brings with it: wheat always contains gluten.
 * The checker uses this to catch an ingredient declared `wheat` without `gluten`.
 */
export const IMPLIED_ALLERGENS: Partial<Record<AllergenId, readonly AllergenId[]>> = {
  wheat: ['gluten'],
};
