/**
 * Bodies of recipes, procedures and setup guides: plain Markdown (## headings,
 * paragraphs, `*` lists, **bold**) assembled from word lists, about as long as the
 * sample binder's (recipes ~1,100 characters, procedures ~900, setup guides ~1,500).
 */
import type { Random } from './random.ts';
import { CHECKS, MISTAKES, TROUBLES, WHY_SENTENCES } from './words.ts';

export function recipeBody(random: Random, title: string, mainIngredients: readonly string[]): string {
  const main = mainIngredients.length > 0 ? mainIngredients.join(' and ') : 'the base';
  const why = random.sample(WHY_SENTENCES, 3).join(' ');
  const about = `${title} lives or dies on ${main}. Buy the best the supplier has, keep it at its storage temperature until the moment it is used, and taste it at the start of every shift. ${random.pick(CHECKS)}`;
  const mistakes = random.sample(MISTAKES, 3).map(([what, why]) => `* **${what}** ${why}`);
  const troubles = random.sample(TROUBLES, 2).map(([what, fix]) => `* **${what}** ${fix}`);
  return ['## Why it works', why, about, '## Common mistakes', mistakes.join('\n'), '## Troubleshooting', troubles.join('\n')].join('\n\n');
}

export function procedureBody(random: Random, subject: string): string {
  const why = `Skipping the ${subject} check costs more than doing it: a fault found at opening is a repair, a fault found in the middle of service is a closed station and lost covers. ${random.pick(WHY_SENTENCES)}`;
  const second = 'The log is the proof. An inspector reads the last three months of it, and a missing line counts as a check that was never done.';
  const misses = random.sample(MISSES, 3).map(([what, why]) => `* **${what}** ${why}`);
  return ['## Why it matters', why, second, '## Common misses', misses.join('\n')].join('\n\n');
}

export function setupBody(random: Random, topic: string): string {
  const how = `Work through ${topic} from the top. Each item has an owner, and an item without a date has not been planned yet. ${random.pick(WHY_SENTENCES)}`;
  const path = `The critical path runs through the health department's plan review and the certificate of occupancy: nothing with a long lead time is ordered before the first, and nothing is served before the second. Book both as early as the contractor can give a date, and check the status every week in the owners' meeting.`;
  const budget = `Keep a running budget beside this guide. Prices quoted in the first month of planning rarely hold to opening day, so add a tenth for contingency and revisit it whenever a quote changes. ${random.pick(CHECKS)}`;
  const misses = random.sample(MISSES, 4).map(([what, why]) => `* **${what}** ${why}`);
  return ['## How to use this guide', how, '## The critical path', path, budget, '## Common misses', misses.join('\n')].join('\n\n');
}

const MISSES = [
  ['Ticking without looking.', 'A tick in the log must mean the reading was taken, not that it usually is fine.'],
  ['Skipping the weekend.', 'The quiet shifts are when checks slide; the log shows it.'],
  ['No corrective action written.', 'A reading out of range with nothing done about it is the finding an inspector writes up.'],
  ['Wrong thermometer.', 'An uncalibrated probe gives a confident wrong answer; check it in ice water weekly.'],
  ['Blocked access.', 'A sink or a panel behind boxes cannot be used when it is needed.'],
  ['Late orders.', 'Long-lead items ordered after approval move opening day, not the task after them.'],
] as const;
