/**
 * Restaurant forks for the network benchmark: git repositories cloned from a binder,
 * each with a realistic layer, as `npm run fork` and `npm run customise` write them:
 * a name and address, one to three recipes patched (amounts moved by 5 to 25 %,
 * with many restaurants lowering the salt in the dough, as real ones would agree on
 * something), sometimes a dish hidden, sometimes a kitchen with a trial.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { git } from '../binder/git.ts';
import type { BinderCheck } from '../binder/check-binder.ts';
import type { Random } from './generate/random.ts';

/** Dishes no other recipe uses: a restaurant may leave them off its menu without breaking another. */
function leafRecipes(binder: BinderCheck): string[] {
  const used = new Set([...binder.entries.recipes.values()].flatMap((recipe) => recipe.ingredients.flatMap((line) => (line.recipe ? [line.recipe] : []))));
  return [...binder.entries.recipes.keys()].filter((id) => !used.has(id)).sort();
}

/** Writes fork `index` of `upstream` into `dir` and commits its layer; returns its folder. */
export async function makeFork(upstream: string, dir: string, index: number, binder: BinderCheck, random: Random): Promise<string> {
  await git(path.dirname(dir), ['clone', '--quiet', '--shared', upstream, dir]);
  const layer = `restaurant-${index}`;
  const folder = path.join(dir, 'layers', layer);
  await mkdir(path.join(folder, 'patches', 'recipes'), { recursive: true });
  const recipes = [...binder.entries.recipes.keys()].sort();
  const hide = random.chance(0.3) ? [random.pick(leafRecipes(binder))] : [];
  await writeFile(
    path.join(folder, 'layer.yaml'),
    `extends: content\nsite:\n  name: Restaurant ${index}\n  url: https://restaurant-${index}.example.org\n${hide.length > 0 ? `hide:\n${hide.map((id) => `  - recipes/${id}\n`).join('')}` : ''}`,
  );
  const patched = new Set<string>(random.chance(0.6) && binder.entries.recipes.has('pizza-dough') ? ['pizza-dough'] : []);
  const count = random.int(1, 3);
  while (patched.size < count) patched.add(random.pick(recipes));
  for (const id of patched) {
    if (hide.includes(id)) continue;
    const recipe = binder.entries.recipes.get(id)!;
    const lines = recipe.ingredients.filter((line) => line.ingredient !== undefined && line.quantity !== undefined);
    if (lines.length === 0) continue;
    const line = id === 'pizza-dough' ? (lines.find((l) => l.ingredient === 'fine-sea-salt') ?? random.pick(lines)) : random.pick(lines);
    const factor = id === 'pizza-dough' && line.ingredient === 'fine-sea-salt' ? 1 - (0.05 + random.next() * 0.2) : 1 + (random.chance(0.5) ? -1 : 1) * (0.05 + random.next() * 0.2);
    const quantity = Math.max(1, Math.round(line.quantity! * factor));
    await writeFile(path.join(folder, 'patches', 'recipes', `${id}.yaml`), `reason: As Restaurant ${index} makes it\ningredients:\n  - ingredient: ${line.ingredient}\n    quantity: ${quantity}\n`);
  }
  await git(dir, ['add', '-A']);
  await git(dir, ['-c', 'user.name=Restaurant', '-c', `user.email=restaurant-${index}@example.org`, 'commit', '--quiet', '-m', `Restaurant ${index}'s layer`]);
  return dir;
}
