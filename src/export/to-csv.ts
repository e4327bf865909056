/**
 * Recipes exported in the costing-spreadsheet template's columns
 * (templates/costing-sheet.csv): a row per ingredient line, then the steps in the same
 * rows' Step column, and the yield on the recipe's first row — what a kitchen's costing
 * sheet holds, and what `npm run import` reads back. Quantities are written in the
 * binder's units and with a decimal point, so any spreadsheet reads them as numbers;
 * a cell that could start a formula is quoted by Papa Parse's `escapeFormulae`.
 */
import Papa from 'papaparse';
import { lineName, stepPlainText, type TitleOf } from '../domain/recipe-text.ts';
import { SHEET_COLUMN_NAMES } from '../import/read-spreadsheet.ts';
import type { Recipe } from '../schemas/recipe.ts';

/** The template's columns this export fills, headed by the names the spreadsheet reader knows them by first, so the two cannot drift apart. */
const FIELDS = ['recipe', 'group', 'quantity', 'unit', 'ingredient', 'preparation', 'yield', 'portions', 'step'] as const;
const HEADER = FIELDS.map((field) => {
  const name = SHEET_COLUMN_NAMES[field][0]!;
  return name.charAt(0).toUpperCase() + name.slice(1);
});

export function toCsv(recipes: ReadonlyArray<{ readonly recipe: Recipe }>, titleOf: TitleOf, locale: string): string {
  const rows: string[][] = [];
  for (const { recipe } of recipes) {
    const count = Math.max(recipe.ingredients.length, recipe.steps.length);
    for (let index = 0; index < count; index += 1) {
      const line = recipe.ingredients[index];
      const step = recipe.steps[index];
      rows.push([
        recipe.title,
        line?.group ?? '',
        line?.quantity !== undefined ? String(line.quantity) : '',
        line?.unit ?? '',
        line ? lineName(line, titleOf) : '',
        line ? [line.preparation, line.optional ? 'optional' : undefined].filter(Boolean).join(', ') : '',
        index === 0 ? `${recipe.yield.quantity} ${recipe.yield.unit}` : '',
        index === 0 && recipe.yield.portions !== undefined ? String(recipe.yield.portions) : '',
        step ? stepPlainText(recipe, step.text, titleOf, locale) : '',
      ]);
    }
  }
  return `${Papa.unparse({ fields: HEADER, data: rows }, { escapeFormulae: true, newline: '\n' })}\n`;
}
