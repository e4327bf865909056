/**
 * A recipe's own part of its page: heading, allergens, facts, ingredients, method,
 * equipment, storage and holding, the chef's notes. Slots for the page's own parts, in
 * order: `after-title` (variant note), `after-summary` (cooked in, local variants),
 * `before-ingredients` (the scaler), `before-steps` (cook mode, the timer tray),
 * `step-<n>` in each step (its timer's start button) and `body` (the chef's notes).
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { formatMinutes, formatShelfLife, minutesToIso8601 } from '../domain/duration.ts';
import { formatTemperature } from '../domain/temperature.ts';
import type { Recipe, RecipeStep } from '../schemas/recipe.ts';
import { allergenPanel } from './allergen-panel.ts';
import { bodySection } from './body-section.ts';
import { criticalLimitNote } from './critical-limit.ts';
import { entryHeading } from './entry-heading.ts';
import { entryLinks } from './entry-links.ts';
import { factList, type Fact } from './facts.ts';
import { ingredientTable } from './ingredient-table.ts';
import type { RecipeRenderContext } from './recipe-render-context.ts';
import type { AsWritten, EntryTree } from './render-context.ts';
import { richMessage } from './rich-message.ts';
import { nutritionSection } from './nutrition.ts';
import { recipeSource } from './recipe-source.ts';
import { slot } from './slot.ts';
import { stepText } from './step-text.ts';

export function renderRecipe(recipe: AsWritten<Recipe>, context: RecipeRenderContext): EntryTree {
  const { t } = context;
  const ingredients = recipe.ingredients ?? [];
  const quantities = context.built?.scaled.lines.map((line) => line.text);
  return {
    type: 'root',
    children: [
      ...entryHeading(context, 'recipes', [recipe.course && t(`course.${recipe.course}`), recipe.category], recipe.title),
      ...(recipe.summary !== undefined ? [h('p', { className: 'lede' }, recipe.summary)] : []),
      slot('after-summary'),
      allergenPanel(context, context.allergens),
      factList(recipeFacts(recipe, context)),
      stationsAndDiets(recipe, context),
      ...costNote(context),
      slot('before-ingredients'),
      h('h2', { id: 'ingredients' }, t('recipe.ingredients')),
      ingredientTable(context, ingredients, context.built),
      h('h2', { id: 'method' }, t('recipe.method')),
      slot('before-steps'),
      h(
        'ol',
        { className: 'steps' },
        (recipe.steps ?? []).map((step, i) => recipeStep(context, { ingredients }, step, i + 1, quantities)),
      ),
      ...(recipe.equipment && recipe.equipment.length > 0 ? [h('h2', { id: 'equipment' }, t('recipe.equipment')), ...entryLinks(context, 'equipment', recipe.equipment, true)] : []),
      ...storageAndHolding(recipe, context),
      ...nutritionSection(context, context.built?.portionNutrients, 'nutrition.perPortion'),
      bodySection(t('recipe.chefsNotes')),
      ...recipeSource(context, recipe.source),
    ],
  };
}

function recipeFacts(recipe: AsWritten<Recipe>, context: RecipeRenderContext): Fact[] {
  const { t, tag, built } = context;
  const scaled = built?.scaled;
  const times = [
    [t('recipe.prep'), recipe.prepMinutes],
    [t('recipe.cook'), recipe.cookMinutes],
    [t('recipe.rest'), recipe.restMinutes],
  ] as const;
  const total = times.reduce((sum, [, minutes]) => sum + (minutes ?? 0), 0);
  const duration = (minutes: number) => h('time', { dateTime: minutesToIso8601(minutes) }, formatMinutes(minutes, tag));
  return [
    { label: t('recipe.batch'), value: scaled?.batch, properties: { dataBatch: '' } },
    {
      label: t('recipe.portions'),
      value:
        scaled && recipe.yield?.portions !== undefined
          ? [h('span', { dataPortions: '' }, scaled.portions ?? ''), ...(scaled.portionSize ? [' × ', h('span', { dataPortionSize: '' }, scaled.portionSize)] : [])]
          : undefined,
    },
    ...times.map(([label, minutes]): Fact => ({ label, value: minutes !== undefined && minutes > 0 ? duration(minutes) : undefined })),
    {
      label: t('recipe.cost'),
      value: scaled?.cost && [
        ...richMessage(context, 'recipe.costBatch', { cost: h('span', { dataCostBatch: '' }, scaled.cost.batch) }),
        ...(scaled.cost.portion ? [' · ', ...richMessage(context, 'recipe.costPortion', { cost: h('span', { dataCostPortion: '' }, scaled.cost.portion) })] : []),
      ],
    },
    { label: t('recipe.total'), value: total > 0 ? duration(total) : undefined },
  ];
}

/** "Stations: Pizza bench · Suits: vegetarian". */
function stationsAndDiets(recipe: AsWritten<Recipe>, context: RecipeRenderContext): Element {
  const { t } = context;
  const stations = recipe.stations ?? [];
  return h('p', { dataPagefindIgnore: '' }, [
    h('strong', t('recipe.stations')),
    ' ',
    ...stations.flatMap((id, i) => [...(i > 0 ? [', '] : []), h('a', { href: context.entryHref('stations', id) }, context.titleOf('stations', id))]),
    ...(recipe.diets && recipe.diets.length > 0 ? [' · ', h('strong', t('recipe.suits')), ` ${recipe.diets.map((diet) => t(`diet.${diet}`)).join(', ')}`] : []),
  ]);
}

/** What the batch cost leaves out, so it reads as the lower bound it is. */
function costNote(context: RecipeRenderContext): Element[] {
  const cost = context.built?.scaled.cost;
  return cost && cost.uncosted.length > 0 ? [h('p', { className: 'cost-note' }, context.t('recipe.uncosted', { ingredients: cost.uncosted.join(', ') }))] : [];
}

function recipeStep(context: RecipeRenderContext, recipe: Pick<Recipe, 'ingredients'>, step: RecipeStep, n: number, quantities: readonly (string | undefined)[] | undefined): Element {
  const { t, tag } = context;
  const meta: ElementContent[] = [
    ...(step.timerMinutes !== undefined
      ? [h('li', richMessage(context, 'recipe.timer', { time: h('time', { dateTime: minutesToIso8601(step.timerMinutes) }, formatMinutes(step.timerMinutes, tag)) }))]
      : []),
    ...(step.temperature ? [h('li', t('recipe.at', { temperature: formatTemperature(step.temperature) }))] : []),
    ...(step.station
      ? [h('li', richMessage(context, 'recipe.atStation', { station: h('a', { href: context.entryHref('stations', step.station) }, context.titleOf('stations', step.station)) }))]
      : []),
  ];
  return h('li', { id: `step-${n}` }, [
    stepText(context, recipe, step.text, quantities),
    ...(meta.length > 0 ? [h('ul', { className: 'step-meta' }, meta)] : []),
    slot(`step-${n}`),
    ...(step.criticalLimit ? [criticalLimitNote(context, step.criticalLimit)] : []),
  ]);
}

function storageAndHolding(recipe: AsWritten<Recipe>, context: RecipeRenderContext): Element[] {
  const { t, tag } = context;
  const { storage, holding } = recipe;
  if (!storage && !holding) return [];
  return [
    h('h2', { id: 'storage' }, t('recipe.storageAndHolding')),
    factList([
      {
        label: t('recipe.store'),
        value: storage && `${t(`storageZone.${storage.zone}`)}${storage.temperature ? t('recipe.storeAt', { temperature: formatTemperature(storage.temperature) }) : ''}`,
      },
      { label: t('recipe.shelfLife'), value: storage?.shelfLifeHours !== undefined ? formatShelfLife(storage.shelfLifeHours, tag) : undefined },
      {
        label: holding ? t(`holding.${holding.method}`) : '',
        value:
          holding &&
          `${t(`holding.${holding.method}Limit`, { temperature: formatTemperature(holding.temperature) })}${holding.maxHours !== undefined ? t('holding.maxTime', { time: formatMinutes(holding.maxHours * 60, tag) }) : ''}`,
      },
    ]),
    ...(storage?.notes ? [h('p', storage.notes)] : []),
  ];
}
