/**
 * What a portion or a plate holds, as a recipe page, a dish's page and their previews
 * show it: each nutrient rounded as the FDA rounds labels, "—" where a figure is
 * missing, a note naming what lacks which figure and what was measured "to taste", and
 * where the figures come from. The page says how they were made; it claims no more.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import { roundNutrient } from '../domain/nutrition/label-rounding.ts';
import { isComplete, type NutrientSum } from '../domain/nutrition/nutrient-sum.ts';
import { numberFormat } from '../domain/number-format.ts';
import { NUTRIENTS, type NutrientId, type Nutrition } from '../schemas/nutrition.ts';
import { factList } from './facts.ts';
import type { RenderContext } from './render-context.ts';

export function nutritionSection(context: RenderContext, sum: NutrientSum | undefined, heading: 'nutrition.perPortion' | 'nutrition.perPlate'): Element[] {
  if (!sum) return [];
  const { t, tag } = context;
  // One line, as a menu's nutrition card reads: it costs the page a fraction of a table.
  const figures = NUTRIENTS.map(({ id, unit }) => `${t(`nutrient.${id}`)} ${isComplete(sum, id) ? `${numberFormat(tag, {}).format(roundNutrient(id, sum.amounts[id]))} ${unit}` : '—'}`);
  return [h('h2', { id: 'nutrition' }, t(heading)), h('p', { dataNutrition: '' }, figures.join(' · ')), h('p', { className: 'line-note' }, [...lackingNote(context, sum), t('nutrition.source')].join(' '))];
}

/** "No figure (—): Fresh basil (all); Fennel sausage (sugars). Not counted, to taste: Salt." */
function lackingNote(context: RenderContext, sum: NutrientSum): string[] {
  const { t } = context;
  const lacking = new Map<string, NutrientId[]>();
  for (const { id } of NUTRIENTS) for (const name of sum.missing[id]) lacking.set(name, [...(lacking.get(name) ?? []), id]);
  const names = [...lacking].map(([name, ids]) => `${name} (${ids.length === NUTRIENTS.length ? t('nutrition.all') : ids.map((id) => t(`nutrient.${id}`).toLowerCase()).join(', ')})`);
  return [...(names.length > 0 ? [t('nutrition.lacking', { ingredients: names.join('; ') })] : []), ...(sum.unmeasured.length > 0 ? [t('nutrition.toTaste', { ingredients: sum.unmeasured.join(', ') })] : [])];
}

/** An ingredient's own figures per 100 g as its source gives them, and the source, so a reviewer can look it up. */
export function ingredientNutrition(context: RenderContext, nutrition: Partial<Nutrition> | undefined): Element[] {
  if (!nutrition?.per100g) return [];
  const { t, tag } = context;
  const { per100g, source } = nutrition;
  const facts = NUTRIENTS.map(({ id, unit }) => ({ label: t(`nutrient.${id}`), value: per100g[id] !== undefined ? `${numberFormat(tag, { maximumFractionDigits: 2 }).format(per100g[id])} ${unit}` : '—' }));
  // FDC's data type and publication date, as FDC writes them, so a reviewer finds the same record.
  const details = [source?.dataType, source?.published].filter((detail) => detail !== undefined);
  const from =
    source?.database && source.id && source.description
      ? [t('nutrition.from', { database: t(`nutrition.database.${source.database}`), id: source.id, description: source.description }), ...(details.length > 0 ? [`${details.join(', ')}.`] : [])]
      : [];
  const differs = source?.match ? [t('nutrition.differs', { match: source.match })] : [];
  return [h('h2', { id: 'nutrition' }, t('nutrition.per100g')), factList(facts), h('p', { className: 'line-note' }, [...from, ...differs].join(' '))];
}
