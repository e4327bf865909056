/**
 * One group of the kitchen's English strings, in a module of its own: code that runs in the
 * browser takes its English default from here, and so carries this group only (kitchen/en.ts
 * has them all).
 */
import type { Message } from '../../../format-message.ts';

/**
 * What the scaler writes, at build time and in the browser (src/domain/scaling/,
 * src/scripts/recipe-scale-view.ts): line notes, the status line, the split into
 * mixes, and what is wrong with a batch asked for in the address.
 */
export const scaleEn = {
  'scale.note.roundedCount': 'rounded to whole pieces',
  'scale.note.tooSmallMass': 'too little for a 1 g scale: weigh on a 0.1 g precision scale',
  'scale.note.tooSmall': 'too little to measure: a pinch',
  'scale.note.reduced': 'reduced factor ×{reduced}, not ×{factor}: taste and adjust',
  'scale.note.perMix': '{quantity} per mix',
  'scale.note.perLoad': '{quantity} per load',
  'scale.status.error': 'Cannot scale: {error}. Showing one batch.',
  'scale.status.one': 'One batch',
  'scale.status.times': '{factor} × the batch',
  'scale.status.summary': '{times}: {batch}.',
  'scale.status.summaryPortions': '{times}: {batch}, {portions} portions.',
  'scale.mixes': 'Too big for one {equipment} ({capacity}): make {count} equal mixes of {each}. Each line shows its quantity per mix.',
  'scale.loads': 'Too big for one {equipment} ({capacity}): make {count} equal loads of {each}. Each line shows its quantity per load.',
  'scale.error.portions': '{param}={value} is not a number of portions: write portions=40',
  'scale.error.tooBig': 'that is more than this page can scale to: choose between 1/{max} and {max} batches',
  'scale.error.tooSmall': 'that is less than this page can scale to: choose between 1/{max} and {max} batches',
  'scale.error.noPortions': 'this recipe does not say how many portions a batch makes: scale it by a multiplier or a target batch instead',
  'scale.error.noFlour': 'this recipe has no flour to scale by: scale it by a multiplier or a target batch instead',
  'scale.error.batchUnit': 'the batch is measured in {unit}: give the target in {choices}',
  'scale.error.flourUnit': 'flour is measured in {unit}: give the target in {choices}',
  'scale.error.factor': '{param}={value} is not a multiplier: write scale=2, scale=0.5 or scale=1/2',
  'scale.error.amount': '{param}={value} is not an amount: write {param}=10l, {param}=2.5kg or {param}=40',
  'scale.error.unit': '{param}={value}: "{unit}" is not a unit here — use g, kg, ml, l, oz, lb, cup, qt or gal',
} as const satisfies Record<string, Message>;

export type ScaleKey = keyof typeof scaleEn;
