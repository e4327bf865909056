/**
 * The editor's previews for setup guides, equipment and stations: rendered with a
 * stand-in for Decap's `h` (React.createElement) and read back as text, so each test
 * checks what an editor would see — names instead of slugs, the site's temperature
 * wording, tasks in the site's order.
 */
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import type { PreviewBinder } from '../../cms/preview/binder-data.ts';
import { equipmentPreview } from '../../cms/preview/equipment.ts';
import { draftTasks, setupPreview } from '../../cms/preview/setup.ts';
import { stationPreview } from '../../cms/preview/station.ts';

/** What the stand-in `h` builds: enough of a React element to read back. */
interface Node {
  readonly type: string;
  readonly props: Record<string, unknown> | null;
  readonly children: unknown[];
}

beforeAll(() => {
  vi.stubGlobal('window', { h: (type: string, props: Record<string, unknown> | null, ...children: unknown[]): Node => ({ type, props, children }) });
});
afterAll(() => {
  vi.unstubAllGlobals();
});

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'type' in value && 'children' in value;
}

/** The text a reader sees; React skips false, null and undefined children. */
function textOf(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(textOf).join('');
  if (isNode(value)) return value.children.map(textOf).join('');
  return '';
}

/** Every element of `type` in the tree, in document order. */
function all(value: unknown, type: string): Node[] {
  if (Array.isArray(value)) return value.flatMap((item) => all(item, type));
  if (!isNode(value)) return [];
  return [...(value.type === type ? [value] : []), ...value.children.flatMap((child) => all(child, type))];
}

const binder: PreviewBinder = {
  locale: 'en-US',
  currency: 'USD',
  ingredients: {},
  recipes: {},
  titles: {
    recipes: {},
    setup: {},
    ingredients: { 'flour-00': '00 flour' },
    procedures: { 'deck-oven-care': 'Deck oven care', handwashing: 'Handwashing' },
    equipment: { 'deck-oven': 'Deck pizza oven', 'pizza-peels': 'Pizza peels' },
    stations: { 'pizza-bench': 'Pizza bench' },
  },
};

/** Draws a preview of `data` as Decap would, with the body widget standing in as text. */
function render(template: (binder: PreviewBinder | undefined) => (props: PreviewTemplateComponentProps) => unknown, data: unknown, known: { binder: PreviewBinder | undefined } = { binder }): Node {
  const entry = { get: (key: string) => (key === 'data' ? { toJS: () => data } : undefined) };
  const props = { entry, widgetFor: (name: string) => `[${name} widget]` } as unknown as PreviewTemplateComponentProps;
  return template(known.binder)(props) as Node;
}

describe('equipment preview', () => {
  const oven = {
    name: 'Deck pizza oven',
    category: 'cooking',
    capacity: { quantity: 6, unit: 'each' },
    temperatureRange: { min: { value: 150, unit: 'C' }, max: { value: 450, unit: 'C' } },
    utilities: 'Natural gas, 18 kW per deck',
    specification: 'Two stone decks',
    procedures: ['deck-oven-care'],
    notes: 'Never put water on a hot stone.',
  };

  test('shows the working range in both scales, the capacity and the care procedure by title', () => {
    const page = render(equipmentPreview, oven);
    const facts = all(page, 'div').map(textOf);
    expect(facts).toContain('Working range150 °C (302 °F) to 450 °C (842 °F)');
    expect(facts).toContain('Capacity per load6 pieces');
    expect(facts).toContain('UtilitiesNatural gas, 18 kW per deck');
    expect(textOf(all(page, 'p')[0])).toBe('Equipment · cooking');
    expect(all(page, 'h2').map(textOf)).toEqual(['What to buy', 'Safe use', 'Care and cleaning']);
    expect(all(page, 'li').map(textOf)).toEqual(['Deck oven care']);
  });

  test('a half-written range is left out instead of shown as “undefined”', () => {
    const page = render(equipmentPreview, { name: 'Blast chiller', temperatureRange: { min: { value: -18, unit: 'C' }, max: { value: '' } } });
    expect(textOf(page)).not.toContain('Working range');
    expect(textOf(page)).not.toContain('undefined');
    expect(textOf(all(page, 'h1')[0])).toBe('Blast chiller');
  });

  test('without the binder data, procedures show as slugs', () => {
    expect(all(render(equipmentPreview, oven, { binder: undefined }), 'li').map(textOf)).toEqual(['deck-oven-care']);
  });
});

describe('station preview', () => {
  test('shows the position on the line, responsibilities and equipment chips by name', () => {
    const page = render(stationPreview, {
      name: 'Pizza bench',
      summary: 'Stretches, tops and bakes every pizza.',
      order: 2,
      equipment: ['deck-oven', 'pizza-peels'],
      responsibilities: ['Stretch dough to order', 'Check the oven stones'],
    });
    expect(textOf(all(page, 'p')[0])).toBe('Stations · position 2 on the line');
    expect(all(page, 'h2').map(textOf)).toEqual(['Responsibilities', 'Equipment']);
    const chips = all(page, 'li').filter((li) => li.props?.['className'] === 'chip');
    expect(chips.map(textOf)).toEqual(['Deck pizza oven', 'Pizza peels']);
    expect(all(page, 'li').map(textOf).slice(0, 2)).toEqual(['Stretch dough to order', 'Check the oven stones']);
  });
});

describe('setup guide preview', () => {
  const guide = {
    title: 'Opening timeline',
    summary: 'Sixteen weeks to opening.',
    topic: 'opening-plan',
    order: 6,
    tasks: [
      { text: 'Hire the general manager.', weeksBeforeOpening: 10, owner: 'Owner' },
      { text: 'Celebrate.' },
      { text: 'Sign the lease.', weeksBeforeOpening: 16, owner: 'Owner' },
      { text: 'Deep clean.', weeksBeforeOpening: 0 },
    ],
    roles: [{ title: 'Cook', headcount: 4, responsibilities: 'Cooks the line.' }],
    equipment: [{ equipment: 'deck-oven', count: 1, note: 'Gas, two decks' }, { count: 2 }],
    stations: ['pizza-bench'],
    ingredients: ['flour-00'],
    procedures: ['handwashing', 'not-yet-written'],
  };

  test('tasks run from the earliest deadline, undated last, as the site sorts them', () => {
    expect(draftTasks(guide.tasks).map((task) => [task.weeksBeforeOpening, task.text])).toEqual([
      [16, 'Sign the lease.'],
      [10, 'Hire the general manager.'],
      [0, 'Deep clean.'],
      [undefined, 'Celebrate.'],
    ]);
  });

  test('shows the task weeks and owners, roles with headcount, and equipment, stations and procedures by name', () => {
    const page = render(setupPreview, guide);
    const rows = all(page, 'tr').map((row) => row.children.map(textOf));
    expect(rows).toEqual([
      ['When', 'Task'],
      ['16 wk', 'Sign the lease.Owner: Owner'],
      ['10 wk', 'Hire the general manager.Owner: Owner'],
      ['0 wk', 'Deep clean.'],
      ['—', 'Celebrate.'],
      ['People', 'Role'],
      ['4', 'CookCooks the line.'],
      ['Count', 'Equipment'],
      ['1', 'Deck pizza ovenGas, two decks'],
      ['2', 'choose the equipment'],
    ]);
    expect(textOf(all(page, 'p')[0])).toBe('Setup guides · step 6 · opening plan');
    expect(textOf(page)).toContain('[body widget]');
    expect(all(page, 'h2').map(textOf)).toEqual(['Tasks', 'Roles', 'Equipment list', 'Supplier specifications', 'Stations', 'Procedures to know']);
    expect(all(page, 'li').map(textOf)).toEqual(['00 flour', 'Pizza bench', 'Handwashing', 'not-yet-written']);
  });

  test('a guide with only a title draws no empty tables', () => {
    const page = render(setupPreview, { title: 'Permits' });
    expect(all(page, 'table')).toEqual([]);
    expect(textOf(all(page, 'p')[0])).toBe('Setup guides');
  });
});
