/**
 * The generated binder's menu: each dish one of its finished recipes (not a
 * component), a portion of it, sometimes with a second recipe beside it, at a menu
 * price, in a few sections, as the sample's menu has them.
 */
import type { GeneratedEntry } from './entry.ts';
import { SlugPool } from './entry.ts';
import type { Random } from './random.ts';

const SECTIONS = ['Pizzas', 'Soup and salads', 'Mains', 'Sides', 'Desserts', 'Coffee'];

export function generateMenu(count: number, recipes: readonly GeneratedEntry[], random: Random): GeneratedEntry[] {
  const dishes = recipes.filter((recipe) => recipe.data['course'] !== 'component');
  if (dishes.length === 0) return [];
  const slugs = new SlugPool();
  return Array.from({ length: count }, (_, index): GeneratedEntry => {
    const main = dishes[index % dishes.length]!;
    const title = String(main.data['title']);
    const name = index < dishes.length ? title : `${title} plate`;
    const plate = [portionOf(main)];
    if (dishes.length > 1 && random.chance(0.2)) plate.push(portionOf(random.pick(dishes.filter((dish) => dish !== main))));
    const section = SECTIONS[index % SECTIONS.length]!;
    return {
      collection: 'menu',
      id: slugs.claim(name),
      data: { name: name.length > 80 ? name.slice(0, 80).trimEnd() : name, section, plate, price: random.int(600, 2400) / 100, order: Math.floor(index / SECTIONS.length) + 1 },
    };
  });
}

/** One portion of a recipe, or its whole yield when it states no portions. */
function portionOf(recipe: GeneratedEntry): Record<string, unknown> {
  const yielded = recipe.data['yield'] as { quantity: number; unit: string; portions?: number };
  return yielded.portions ? { recipe: recipe.id, quantity: 1, unit: 'portion' } : { recipe: recipe.id, quantity: yielded.quantity, unit: yielded.unit };
}
