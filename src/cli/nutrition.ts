/**
 * `npm run nutrition`: an ingredient's nutrients per 100 g from USDA FoodData Central.
 *
 *   npm run nutrition -- yellow-onion --fdc 170000 --file FoodData_Central_sr_legacy_food_json.json
 *   npm run nutrition -- yellow-onion --fdc 170000 --file food-170000.json --match "onions in general" --print
 *
 * Download the JSON of a data type (Foundation, SR Legacy) or of one food from
 * fdc.nal.usda.gov; this reads it offline. Prints the file it wrote, or with --print
 * the block to paste (into a fork's patch), writing nothing. Exit codes: 0 done,
 * 1 refused (nothing written), 2 usage error.
 */
import path from 'node:path';
import { importFdcNutrition, NutritionImportError, nutritionYaml, readFdcNutrition } from '../nutrition/fdc-import.ts';
import { parseArguments, usageError as usageErrorIn } from './arguments.ts';

const USAGE = `usage: npm run nutrition -- <ingredient> --fdc <id> --file <download.json> [--match "…"] [--print]

  <ingredient>   the ingredient's slug, like yellow-onion
  --fdc          the food's FDC id (the number in its fdc.nal.usda.gov address)
  --file         a FoodData Central JSON download holding that food (a data type's file, or the one food's)
  --match        how the database's food differs from yours, shown on the ingredient's page
  --print        print the nutrition block instead of writing it (to paste into a fork's patch)`;

function usageError(message: string): never {
  return usageErrorIn(message, USAGE);
}

const projectRoot = path.resolve(import.meta.dirname, '../..');
const { values, positionals } = parseArguments({ fdc: { type: 'string' }, file: { type: 'string' }, match: { type: 'string' }, print: { type: 'boolean' } }, USAGE);
if (positionals.length !== 1) usageError('give one ingredient, like yellow-onion');
const fdcId = Number(values.fdc);
if (!values.fdc || !Number.isInteger(fdcId) || fdcId <= 0) usageError('--fdc takes the food\'s FDC id, a whole number like 170000');
if (!values.file) usageError('--file takes the FoodData Central JSON download holding the food');

try {
  const request = { ingredient: positionals[0]!, fdcId, file: path.resolve(values.file), match: values.match };
  if (values.print) process.stdout.write(nutritionYaml(await readFdcNutrition(request)));
  else console.log(path.relative(process.cwd(), await importFdcNutrition(projectRoot, request)));
} catch (error) {
  if (!(error instanceof NutritionImportError)) throw error;
  console.error(`✗ ${error.message}`);
  process.exit(1);
}
