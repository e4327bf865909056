/**
 * Procedures (standard operating procedures, with checkable steps and critical
 * limits) and setup guides (the road to opening a location), about the sample's
 * length: 6–11 steps a procedure, a fifth of them with a limit, two fifths logged.
 */
import { capitalise, SlugPool, type GeneratedEntry } from './entry.ts';
import { procedureBody, setupBody } from './prose.ts';
import type { Random } from './random.ts';
import { OWNERS, ROLES, STATION_WINGS } from './words.ts';

const KINDS = [
  { kind: 'opening', task: 'opening check', frequency: 'daily' },
  { kind: 'closing', task: 'closing checklist', frequency: 'daily' },
  { kind: 'cleaning', task: 'deep clean', frequency: 'weekly' },
  { kind: 'food-safety', task: 'temperature log', frequency: 'every-4-hours' },
  { kind: 'receiving', task: 'delivery check', frequency: 'per-delivery' },
  { kind: 'service', task: 'pre-service line check', frequency: 'per-shift' },
  { kind: 'maintenance', task: 'monthly service', frequency: 'monthly' },
] as const;

const STEP_TEXTS = [
  'Switch on and confirm the display reads normally; note any error code.',
  'Probe the product at the back of the top shelf, where it runs warmest.',
  'Empty, scrape and wash every removable part in the three-compartment sink.',
  'Sanitise food-contact surfaces and let them air-dry; never towel them.',
  'Check the door gaskets for tears and the hinges for play.',
  'Wipe the outside and the handles, then the floor underneath.',
  'Refill soap, towels and sanitiser, and check the test strips are in date.',
  'Compare the reading with the last entry in the log; report a drift of more than 2 °C.',
  'Rotate stock so the oldest date is at the front.',
  'Discard anything past its date or without a label, and log what was thrown away.',
  'Check the filters and clear the drain of debris.',
  'Sign the log with the time and your initials.',
  'Tell the shift lead about anything that needs a repair before service.',
  'Reassemble, run one empty cycle and check for leaks.',
] as const;

export interface ProcedureContext {
  readonly equipment: readonly GeneratedEntry[];
  readonly stationIds: readonly string[];
  readonly componentIds: readonly string[];
  readonly random: Random;
}

export function generateProcedures(count: number, context: ProcedureContext): GeneratedEntry[] {
  const { random } = context;
  const slugs = new SlugPool();
  const entries: GeneratedEntry[] = [];
  for (let index = 0; index < count; index++) {
    const kind = KINDS[index % KINDS.length]!;
    const equipment = context.equipment[index % context.equipment.length]!;
    const subject = String(equipment.data['name']).toLowerCase();
    const round = Math.floor(index / (KINDS.length * context.equipment.length));
    const title = `${capitalise(subject)} ${kind.task}${round > 0 ? ` (${STATION_WINGS[(round - 1) % STATION_WINGS.length]})` : ''}`;
    const stepCount = random.int(6, 11);
    const steps = random.sample(STEP_TEXTS, stepCount).map((text) => {
      const step: Record<string, unknown> = { text };
      if (random.chance(0.42)) step['record'] = true;
      if (random.chance(0.22)) step['criticalLimit'] = random.pick(LIMITS);
      return step;
    });
    const related = entries.length > 0 && random.chance(0.5) ? random.sample(entries.map((e) => e.id), random.int(1, 2)) : [];
    const recipes = context.componentIds.length > 0 && random.chance(0.3) ? random.sample(context.componentIds, random.int(1, 2)) : [];
    const data: Record<string, unknown> = {
      title,
      summary: `How the ${subject} ${kind.task} is done, by whom and how often, so it is the same on every shift.`,
      kind: kind.kind,
      frequency: kind.frequency,
      roles: random.sample(ROLES, random.int(1, 2)),
      ...(random.chance(0.5) ? { stations: random.sample(context.stationIds, 1) } : {}),
      minutes: random.pick([2, 5, 10, 15, 20, 30, 45]),
      steps,
      ...(recipes.length > 0 ? { recipes } : {}),
      equipment: [equipment.id],
      ...(related.length > 0 ? { related } : {}),
    };
    entries.push({ collection: 'procedures', id: slugs.claim(title), data, body: procedureBody(random, subject) });
  }
  return entries;
}

const LIMITS = [
  { measure: 'sanitizer-concentration', comparison: 'at-least', value: 200, unit: 'ppm', correctiveAction: 'Remake the sanitiser solution and test again; re-sanitise everything washed since the last good reading.' },
  { measure: 'water-temperature', comparison: 'at-least', value: 38, unit: 'C', forSeconds: 20, correctiveAction: 'Use another sink that reaches 38 °C and call for service; log the fault.' },
  { measure: 'air-temperature', comparison: 'at-most', value: 5, unit: 'C', correctiveAction: 'Move the food to a working cooler, probe it, and discard anything above 5 °C for more than 4 hours.' },
  { measure: 'holding-temperature', comparison: 'at-least', value: 57, unit: 'C', correctiveAction: 'Reheat to 74 °C within 2 hours or discard, and check the well is switched on.' },
] as const;

const TOPICS = [
  { topic: 'site-and-layout', title: 'Site and layout' },
  { topic: 'equipment', title: 'Equipment package' },
  { topic: 'permits-and-inspections', title: 'Permits and inspections' },
  { topic: 'suppliers', title: 'Suppliers and specs' },
  { topic: 'staffing', title: 'Staffing and training' },
  { topic: 'opening-plan', title: 'Opening timeline' },
] as const;

export interface SetupContext {
  readonly equipmentIds: readonly string[];
  readonly stationIds: readonly string[];
  readonly ingredientIds: readonly string[];
  readonly procedureIds: readonly string[];
  readonly random: Random;
}

export function generateSetupGuides(count: number, context: SetupContext): GeneratedEntry[] {
  const { random } = context;
  const slugs = new SlugPool();
  const entries: GeneratedEntry[] = [];
  for (let index = 0; index < count; index++) {
    const { topic, title: base } = TOPICS[index % TOPICS.length]!;
    const round = Math.floor(index / TOPICS.length);
    const title = round === 0 ? base : `${base}: ${STATION_WINGS[(round - 1) % STATION_WINGS.length]} site${round > STATION_WINGS.length ? ` ${Math.ceil(round / STATION_WINGS.length)}` : ''}`;
    const data: Record<string, unknown> = { title, summary: `${base} for a new location: what must be done, by whom and by when.`, topic, order: index + 1 };
    if (topic === 'equipment') data['equipment'] = random.sample(context.equipmentIds, random.int(4, 25)).map((equipment) => ({ equipment, count: random.int(1, 4), ...(random.chance(0.3) ? { note: 'Sized for the busiest service of the week' } : {}) }));
    if (topic === 'site-and-layout') data['stations'] = random.sample(context.stationIds, random.int(2, 7));
    if (topic === 'suppliers') data['ingredients'] = random.sample(context.ingredientIds, random.int(5, 20));
    if (topic === 'permits-and-inspections' || topic === 'opening-plan') data['procedures'] = random.sample(context.procedureIds, random.int(1, 3));
    if (topic === 'staffing') {
      data['roles'] = random.sample(ROLES, random.int(3, 9)).map((role) => ({ title: role, headcount: random.int(1, 6), responsibilities: `The ${role.toLowerCase()} answers for their part of every shift and trains whoever joins after them.` }));
    }
    if (topic === 'opening-plan' || topic === 'permits-and-inspections') {
      const taskCount = random.int(4, 15);
      data['tasks'] = Array.from({ length: taskCount }, (_, task) => ({
        text: `${TASKS[task % TASKS.length]}${task >= TASKS.length ? ` (round ${Math.floor(task / TASKS.length) + 1})` : ''}`,
        weeksBeforeOpening: taskCount - task,
        owner: random.pick(OWNERS),
      }));
    }
    entries.push({ collection: 'setup', id: slugs.claim(title), data, body: setupBody(random, base.toLowerCase()) });
  }
  return entries;
}

const TASKS = [
  'Sign the lease and order the site survey.',
  'Submit the plan review package to the health department.',
  'Pull building, plumbing and electrical permits.',
  'Order the long-lead equipment once the plan is approved.',
  'Hire the general manager and the kitchen manager.',
  'Open supplier accounts and send each the spec sheet.',
  'Take delivery of the refrigeration and run it empty for a day.',
  'Pass the building and fire finals.',
  'Start paid training, food safety first.',
  'Pass the pre-opening health inspection.',
  'Run two soft-opening services with real tickets.',
] as const;
