/**
 * The catalogue a binder's recipes draw on: ingredients, equipment and stations.
 * Names come from base products and qualifiers, so a catalogue of thousands still
 * reads like a kitchen's ("Smoked sea salt", "Compact blast chiller", "Hot line east").
 */
import type { AllergenId } from '../../domain/allergens.ts';
import { capitalise, SlugPool, type GeneratedEntry } from './entry.ts';
import type { Random } from './random.ts';
import {
  BASE_EQUIPMENT,
  BASE_INGREDIENTS,
  EQUIPMENT_QUALIFIERS,
  QUALIFIERS,
  REJECT_REASONS,
  SEARCHED_INGREDIENTS,
  ROLES,
  STATION_NAMES,
  STATION_WINGS,
  SUPPLIER_PACKS,
  type BaseIngredient,
  type MeasureKind,
} from './words.ts';

/** What recipes need to know of an ingredient to use it correctly. */
export interface CatalogueIngredient {
  readonly id: string;
  readonly name: string;
  readonly base: BaseIngredient;
  readonly allergens: readonly AllergenId[];
  readonly measure: MeasureKind;
}

/** The `count`-th distinct name from bases and qualifiers: first the bases, then one qualifier, then two. */
function nthName(index: number, bases: readonly string[], qualifiers: readonly string[]): { base: number; name: string } {
  const base = index % bases.length;
  const round = Math.floor(index / bases.length);
  const baseName = bases[base]!;
  if (round === 0) return { base, name: baseName };
  const first = qualifiers[(round - 1) % qualifiers.length]!;
  const second = Math.floor((round - 1) / qualifiers.length);
  const name = second === 0 ? `${first} ${baseName}` : `${qualifiers[(second - 1 + round) % qualifiers.length]!} ${first} ${baseName}`;
  return { base, name };
}

export function generateIngredients(count: number, random: Random): { entries: GeneratedEntry[]; ingredients: CatalogueIngredient[] } {
  const slugs = new SlugPool();
  // The bench's search queries must find something in a binder of any size: their ingredients come first.
  const shuffled = random.shuffle(BASE_INGREDIENTS);
  const bases = [...shuffled.filter((base) => SEARCHED_INGREDIENTS.includes(base.name)), ...shuffled.filter((base) => !SEARCHED_INGREDIENTS.includes(base.name))];
  const qualifiers = random.shuffle(QUALIFIERS);
  const entries: GeneratedEntry[] = [];
  const ingredients: CatalogueIngredient[] = [];
  for (let index = 0; index < count; index++) {
    const picked = nthName(index, bases.map((b) => b.name), qualifiers);
    const base = bases[picked.base]!;
    const name = capitalise(picked.name);
    const id = slugs.claim(name);
    const storage =
      base.zone === 'refrigerated'
        ? { zone: 'refrigerated', temperature: { value: random.pick([2, 3, 4, 5]), unit: 'C' }, shelfLifeHours: random.pick([72, 96, 120, 168, 336]) }
        : base.zone === 'frozen'
          ? { zone: 'frozen', temperature: { value: random.pick([-18, -20, -22]), unit: 'C' }, shelfLifeHours: random.pick([2160, 4320]) }
          : { zone: base.zone, shelfLifeHours: random.pick([720, 2160, 4320, 8760]) };
    const perUnit = { mass: 'kg', volume: 'l', count: 'each' }[base.measure];
    const data: Record<string, unknown> = {
      name,
      category: base.category,
      ...(base.allergens ? { allergens: [...base.allergens] } : {}),
      ...(base.mayContain ? { mayContain: [...base.mayContain] } : {}),
      ...(base.density ? { density: base.density } : {}),
      ...(base.gramsEach ? { gramsEach: base.gramsEach } : {}),
      ...(base.strong && random.chance(0.5) ? { scalingExponent: random.pick([0.8, 0.85, 0.9]) } : {}),
      ...(base.name === 'flour' || base.name === 'semolina' ? { flour: true } : {}),
      storage: { ...storage, notes: `Keep ${picked.name} ${base.zone === 'dry' ? 'sealed and off the floor' : 'covered and labelled'}, first in first out.` },
      purchasing: {
        grade: `${capitalise(random.pick(QUALIFIERS))} grade, to the house spec`,
        form: `${capitalise(picked.name)}, ${random.pick(['whole', 'ready to use', 'loose', 'portioned', 'in bulk'])}`,
        pack: random.pick(SUPPLIER_PACKS[base.measure]),
        rejectIf: random.pick(REJECT_REASONS),
      },
      cost: { amount: random.int(50, 4000) / 100, per: { quantity: 1, unit: perUnit } },
      // Figures of the sample's order of magnitude, so nutrition is summed on every page as in a real binder.
      nutrition: {
        per100g: { energy: random.int(0, 900), fat: random.int(0, 1000) / 10, saturatedFat: random.int(0, 300) / 10, carbohydrate: random.int(0, 800) / 10, sugars: random.int(0, 300) / 10, fibre: random.int(0, 100) / 10, protein: random.int(0, 400) / 10, sodium: random.int(0, 2000) },
        source: { database: 'usda-sr24', id: String(10000 + index), description: `${capitalise(picked.name)}, raw` },
      },
      notes: `Taste a little of every new delivery of ${picked.name} before it goes on the line. If it runs out, ask the shift lead before substituting: the allergen list depends on it.`,
    };
    entries.push({ collection: 'ingredients', id, data });
    ingredients.push({ id, name, base, allergens: base.allergens ?? [], measure: base.measure });
  }
  return { entries, ingredients };
}

export function generateEquipment(count: number, random: Random): GeneratedEntry[] {
  const slugs = new SlugPool();
  const bases = random.shuffle(BASE_EQUIPMENT);
  const qualifiers = random.shuffle(EQUIPMENT_QUALIFIERS);
  const entries: GeneratedEntry[] = [];
  for (let index = 0; index < count; index++) {
    const picked = nthName(index, bases.map((b) => b.name), qualifiers);
    const base = bases[picked.base]!;
    const name = capitalise(picked.name);
    const data: Record<string, unknown> = {
      name,
      category: base.category,
      ...(base.capacity ? { capacity: { quantity: base.capacity[0], unit: base.capacity[1] } } : {}),
      ...(base.range ? { temperatureRange: { min: { value: base.range[0], unit: 'C' }, max: { value: base.range[1], unit: 'C' } } } : {}),
      ...(base.utilities ? { utilities: base.utilities } : {}),
      specification: `Commercial ${picked.name}, listed to NSF/ANSI standards, sized for a ${random.pick(['60', '80', '120', '150'])}-cover service.`,
      notes: `Check the ${picked.name} at opening and report any fault to the shift lead before service starts. Clean it on the schedule in its procedure.`,
    };
    entries.push({ collection: 'equipment', id: slugs.claim(name), data });
  }
  return entries;
}

export function generateStations(count: number, equipmentIds: readonly string[], random: Random): GeneratedEntry[] {
  const slugs = new SlugPool();
  const entries: GeneratedEntry[] = [];
  for (let index = 0; index < count; index++) {
    const base = STATION_NAMES[index % STATION_NAMES.length]!;
    const round = Math.floor(index / STATION_NAMES.length);
    const wing = round === 0 ? '' : ` ${STATION_WINGS[(round - 1) % STATION_WINGS.length]!}${round > STATION_WINGS.length ? ` ${Math.ceil(round / STATION_WINGS.length)}` : ''}`;
    const name = `${base}${wing}`;
    entries.push({
      collection: 'stations',
      id: slugs.claim(name),
      data: {
        name,
        summary: `The ${name.toLowerCase()} station: where its cooks prepare, finish and send their part of every ticket.`,
        order: index + 1,
        equipment: random.sample(equipmentIds, random.int(2, 4)),
        responsibilities: [
          `Set up the ${name.toLowerCase()} station before opening and check every temperature`,
          `Call back to the pass when a ticket will run late`,
          `Break down, clean and restock the station at close; hand over to the ${random.pick(ROLES).toLowerCase()}`,
        ],
      },
    });
  }
  return entries;
}
