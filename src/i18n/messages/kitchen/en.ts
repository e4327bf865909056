/**
 * Strings of the kitchen tools (durations, allergens, units, limits, timers, cook mode,
 * checklists, scaling, search, print), in English.
 *
 * Split into groups, one per area: domain code that also runs in the browser (scaling,
 * checklists, timers) takes its English default from its own group only, so an island
 * never carries the whole catalogue. `kitchenEn` is every group together.
 */
import type { Message } from '../../format-message.ts';
import { unitEn, type UnitKey } from './english/units.ts';
import { timerLabelEn, type TimerLabelKey } from './english/timer-label.ts';
import { checklistEn, type ChecklistKey } from './english/checklist.ts';
import { checklistCsvEn, type ChecklistCsvKey } from './english/checklist-csv.ts';
import { scaleEn, type ScaleKey } from './english/scale.ts';

export { checklistCsvEn, checklistEn, scaleEn, timerLabelEn, unitEn };
export type { ChecklistCsvKey, ChecklistKey, ScaleKey, TimerLabelKey, UnitKey };

/** "20 min", "1 h 30 min", "3 days" (src/domain/duration.ts). `n` is the number as written. */
export const durationEn = {
  'duration.seconds': '{n} s',
  'duration.minutes': '{n} min',
  'duration.hours': '{n} h',
  'duration.days': '{n} d',
  'duration.daysLong': { one: '{n} day', other: '{n} days' },
} as const satisfies Record<string, Message>;

/** Allergen names (badges, matrix) and what each covers (src/domain/allergen-names.ts). */
export const allergenEn = {
  'allergen.gluten': 'Gluten',
  'allergen.gluten.detail': 'Cereals containing gluten: wheat, rye, barley, oats, spelt, kamut',
  'allergen.wheat': 'Wheat',
  'allergen.wheat.detail': 'Wheat in any form, including spelt and durum',
  'allergen.crustaceans': 'Crustaceans',
  'allergen.crustaceans.detail': 'Crab, lobster, prawns, shrimp, crayfish',
  'allergen.molluscs': 'Molluscs',
  'allergen.molluscs.detail': 'Mussels, clams, oysters, squid, octopus, snails',
  'allergen.eggs': 'Eggs',
  'allergen.eggs.detail': 'Eggs of any bird, and anything made from them',
  'allergen.fish': 'Fish',
  'allergen.fish.detail': 'All finfish, including anchovy, fish sauce and Worcestershire sauce',
  'allergen.peanuts': 'Peanuts',
  'allergen.peanuts.detail': 'Peanuts (groundnuts) and peanut oil that is not highly refined',
  'allergen.soybeans': 'Soy',
  'allergen.soybeans.detail': 'Soybeans and anything made from them: soy sauce, tofu, lecithin',
  'allergen.milk': 'Milk',
  'allergen.milk.detail': 'Milk of any animal, and anything made from it: butter, cheese, cream, whey',
  'allergen.tree-nuts': 'Tree nuts',
  'allergen.tree-nuts.detail': 'Almonds, hazelnuts, walnuts, cashews, pecans, pistachios, Brazil and macadamia nuts',
  'allergen.celery': 'Celery',
  'allergen.celery.detail': 'Celery and celeriac: stalks, leaves, seeds, root',
  'allergen.mustard': 'Mustard',
  'allergen.mustard.detail': 'Mustard seeds, powder, leaves and prepared mustard',
  'allergen.sesame': 'Sesame',
  'allergen.sesame.detail': 'Sesame seeds, tahini and sesame oil',
  'allergen.sulphites': 'Sulphites',
  'allergen.sulphites.detail': 'Sulphur dioxide and sulphites above 10 mg/kg: wine, dried fruit, some vinegars',
  'allergen.lupin': 'Lupin',
  'allergen.lupin.detail': 'Lupin seeds and flour',
  // The allergen panel and badges (src/render/allergen-panel.ts, allergen-badges.ts), the matrix's cells.
  'allergen.heading': 'Allergens',
  'allergen.none': 'No listed allergens',
  'allergen.badges': 'Allergens',
  'allergen.containsIntro': 'Contains:',
  'allergen.contains': 'Contains {allergen}',
  'allergen.mayContain': 'May contain {allergen}',
  'allergen.noneText':
    'None of the {count} allergens on the EU and US lists is in any ingredient or sub-recipe. Cross-contact in the kitchen is still possible: follow the allergen handling procedure.',
  'allergen.sources': 'Where each allergen comes from',
  /** Before the sub-recipes an allergen comes through: "(in Pizza dough → Focaccia)". */
  'allergen.via': 'in',
} as const satisfies Record<string, Message>;

/** Critical limits: "Core ≥ 74 °C (165 °F) for 15 s" (src/domain/critical-limit-text.ts, CriticalLimit). */
export const limitEn = {
  'limit.core': 'Core',
  'limit.surface': 'Surface',
  'limit.holding': 'Holding',
  'limit.water': 'Water',
  'limit.air': 'Air',
  'limit.sanitizer': 'Sanitiser',
  'limit.ph': 'pH',
  'limit.time': 'Time',
  'limit.for': 'for {duration}',
  'limit.within': 'within {duration}',
  'limit.tag': 'Critical limit',
  'limit.ifMissed': 'If missed:',
} as const satisfies Record<string, Message>;

/** The timers tray and its alarms (KitchenTimers, src/scripts/kitchen-timers.ts), and the start buttons. */
export const timerEn = {
  'timer.tray': 'Running timers',
  'timer.started': 'Timer started: {label}, {remaining}',
  'timer.cancel': 'Cancel',
  /** Read after "Cancel" by a screen reader only. */
  'timer.cancelHidden': ' timer: {label}',
  'timer.dismiss': 'Dismiss',
  'timer.timeUp': 'Time is up',
  'timer.start': 'Start timer · {duration}',
  'timer.timer': 'Timer',
} as const satisfies Record<string, Message>;

/** Cook mode (src/pages/[...lang]/recipes/[slug]/cook.astro, src/scripts/cook-mode.ts, CookModeLink, CookLine). */
export const cookModeEn = {
  'cookMode.link': 'Cook mode: one step at a time',
  'cookMode.title': 'Cook {recipe}',
  'cookMode.description': 'Cook mode for {recipe}: one step at a time, in large type.',
  'cookMode.back': '← Recipe page',
  'cookMode.batch': 'Batch:',
  'cookMode.portions': 'Portions:',
  'cookMode.wakeNote': 'Your browser cannot keep the screen on: set the screen timeout yourself.',
  'cookMode.mise': 'Mise en place',
  'cookMode.miseHint': 'Weigh out and set up everything, ticking each line.',
  'cookMode.step': 'Step {step}',
  'cookMode.ofSteps': 'of {total}',
  'cookMode.uses': 'This step uses',
  'cookMode.at': 'At {temperature}',
  'cookMode.atStation': 'At the {station}',
  'cookMode.optional': 'optional',
  'cookMode.steps': 'Steps',
  'cookMode.previous': 'Previous',
  'cookMode.next': 'Next',
  'cookMode.stepsToGo': { one: '{n} step to go', other: '{n} steps to go' },
  'cookMode.stepOf': 'Step {step} of {total}',
} as const satisfies Record<string, Message>;

/** The checklist's page furniture (ProcedureChecklist, src/scripts/procedure-checklist.ts). */
export const checklistPageEn = {
  'checklist.shiftStarted': 'Shift started',
  'checklist.storageOff': 'This device is not keeping the log (its storage is off or full): export or print it before you leave the page.',
  'checklist.nextShift': 'Start next shift',
  'checklist.export': 'Export CSV',
  'checklist.print': 'Print log',
  'checklist.date': 'Date',
  'checklist.initials': 'Initials',
  'checklist.reading': 'Reading',
  /** Read after a field's label by a screen reader only. */
  'checklist.ofStep': ', step {step}',
  'checklist.unitOf': 'Unit of the reading, step {step}',
  'checklist.note': 'Note',
  'checklist.record': 'Record',
  'checklist.doNow': 'Do this now:',
  'checklist.logged': 'Logged',
  'checklist.by': 'by {initials}',
  'checklist.confirmNextShift': 'Start the next shift? This clears every tick, reading and note of this checklist on this device.',
} as const satisfies Record<string, Message>;

/** The batch and unit controls (ScaleControls, src/domain/scaling/scale-targets.ts). */
export const scaleControlsEn = {
  'scale.form': 'Batch size and units',
  'scale.multiplier': 'Batch multiplier',
  'scale.make': 'Make',
  'scale.of': 'of',
  'scale.each': 'each',
  'scale.go': 'Scale',
  'scale.units': 'Units',
  'scale.metric': 'Metric · °C',
  'scale.us': 'US · °F',
  'scale.asWritten': 'One batch, as written.',
  'scale.target.factor': '× the batch',
  'scale.target.pieces': 'pieces',
  'scale.target.yield': '{unit} batch',
  'scale.target.portions': 'portions',
  'scale.target.flour': 'g of flour',
} as const satisfies Record<string, Message>;

/** The ingredient table of a recipe (IngredientTable). */
export const ingredientTableEn = {
  'ingredientTable.caption': 'Ingredients for one batch',
  'ingredientTable.qty': 'Qty',
  'ingredientTable.bakers': "Baker's %",
  'ingredientTable.ingredient': 'Ingredient',
  'ingredientTable.subRecipe': 'Sub-recipe',
  'ingredientTable.optional': 'Optional',
} as const satisfies Record<string, Message>;

/** Where the offline copy stands (OfflineStatus, src/scripts/offline-status.ts). */
export const offlineEn = {
  'offline.saving': 'Saving the binder for offline use…',
  'offline.available': 'Available offline',
  'offline.notSaved': 'The binder could not be saved for offline use; it will try again on your next visit.',
  'offline.newVersion': 'A new version of the binder is available.',
  'offline.reload': 'Reload',
  'offline.later': 'Later',
} as const satisfies Record<string, Message>;

/** The search page and its island (src/pages/[...lang]/search.astro, src/scripts/binder-search.ts). */
export const searchEn = {
  'search.title': 'Search',
  'search.heading': 'Search the binder',
  'search.for': 'Search for',
  'search.placeholder': 'mozzarella, cooling, opening…',
  'search.submit': 'Search',
  'search.noscript': 'Search runs in your browser and needs JavaScript. Browse the sections instead:',
  /** Between the list of sections and the link to the allergen matrix. */
  'search.noscriptOr': ', or the',
  'search.allergenMatrix': 'allergen matrix',
  'search.filter.section': 'Section',
  'search.filter.course': 'Course',
  'search.filter.station': 'Station',
  'search.filter.free': 'Free from',
  'search.loading': 'Loading the search index…',
  'search.unavailable': 'The search index is not available. It is made by `npm run build`; browse the sections instead.',
  'search.prompt': 'Type an ingredient, a dish or a task, or pick a filter.',
  'search.nothing': 'Nothing found. Try fewer words or fewer filters.',
  'search.count': { one: '{n} result.', other: '{n} results.' },
  'search.countFirst': '{n} results, showing the first {max}.',
  'search.page': 'Page',
} as const satisfies Record<string, Message>;

/** The printed page's QR code and the printed binder (PrintQr, src/print/, npm run binder:pdf). */
export const printEn = {
  'print.scan': 'Scan for the live page',
  'print.live': 'The live binder, always up to date:',
  'print.printedOn': { one: 'Printed {date} · {n} page', other: 'Printed {date} · {n} pages' },
  'print.licence': 'Content licensed {licence} ({url}). Built with Open Franchise.',
  'print.contents': 'Contents',
  'print.wholeBinder': 'The binder',
  'print.footer': '{binder} · page {page} of {total}',
} as const satisfies Record<string, Message>;

export const kitchenEn = {
  ...durationEn,
  ...allergenEn,
  ...unitEn,
  ...limitEn,
  ...timerLabelEn,
  ...timerEn,
  ...cookModeEn,
  ...checklistEn,
  ...checklistCsvEn,
  ...checklistPageEn,
  ...scaleEn,
  ...scaleControlsEn,
  ...ingredientTableEn,
  ...offlineEn,
  ...searchEn,
  ...printEn,
} as const satisfies Record<string, Message>;

export type KitchenKey = keyof typeof kitchenEn;
