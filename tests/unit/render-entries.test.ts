/**
 * Procedures, ingredients, equipment, stations and setup guides drawn by src/render/,
 * as both their pages and the editor's previews show them: each part in English and in
 * Spanish, from small entries of the kinds the sample binder has.
 */
import { describe, expect, test } from 'vitest';
import { declaredAllergens } from '../../src/domain/allergen-derivation.ts';
import { renderEquipment } from '../../src/render/equipment.ts';
import { renderIngredient } from '../../src/render/ingredient.ts';
import { renderProcedure } from '../../src/render/procedure.ts';
import type { EntryTree } from '../../src/render/render-context.ts';
import { renderSetupGuide } from '../../src/render/setup-guide.ts';
import { slotFallback, slotNames } from '../../src/render/slot.ts';
import { renderStation } from '../../src/render/station.ts';
import { renderedHtml } from '../../src/render/to-html.ts';
import { entries, ingredient, procedure } from './builders.ts';
import { pizzeria } from './pizzeria.ts';
import { renderContext } from './render-contexts.ts';
import { htmlOf, type Where } from './render-parts.ts';

const binder = entries({
  ...pizzeria(),
  ingredients: {
    ...pizzeria().ingredients,
    mozzarella: ingredient({
      name: 'Mozzarella',
      category: 'dairy',
      allergens: ['milk'],
      mayContain: ['eggs'],
      gramsEach: 125,
      storage: { zone: 'refrigerated', temperature: { value: 4, unit: 'C' }, shelfLifeHours: 120, notes: 'Keep in its brine.' },
      purchasing: { grade: 'Fior di latte', pack: '1 kg bag', rejectIf: 'the brine is cloudy' },
      cost: { amount: 9.5, per: { quantity: 1, unit: 'kg' } },
    }),
  },
  procedures: {
    cooling: procedure({
      title: 'Cooling',
      kind: 'food-safety',
      frequency: 'per-batch',
      roles: ['Prep cook', 'Shift lead'],
      minutes: 15,
      stations: ['line'],
      steps: [
        { text: 'Probe the stock.', record: true, criticalLimit: { measure: 'core-temperature', comparison: 'at-most', value: 5, unit: 'C', withinMinutes: 240, correctiveAction: 'Discard it.' } },
        { text: 'Label the tub.' },
      ],
      equipment: ['blast-chiller'],
      related: ['handwashing'],
    }),
    handwashing: procedure({ title: 'Handwashing' }),
  },
  equipment: {
    'blast-chiller': {
      name: 'Blast chiller',
      category: 'refrigeration',
      capacity: { quantity: 20, unit: 'kg' },
      temperatureRange: { min: { value: -40, unit: 'C' }, max: { value: 3, unit: 'C' } },
      specification: 'Reach-in, 5 GN 1/1 trays.',
      procedures: ['cooling'],
    },
  },
  setup: {
    opening: {
      title: 'Opening timeline',
      summary: 'Weeks to opening.',
      topic: 'opening-plan',
      order: 6,
      tasks: [{ text: 'Celebrate.' }, { text: 'Sign the lease.', weeksBeforeOpening: 16, owner: 'Owner' }],
      roles: [{ title: 'Cook', headcount: 4, responsibilities: 'Cooks the line.' }],
      equipment: [{ equipment: 'blast-chiller', count: 1, note: 'By the walk-in' }],
      ingredients: ['mozzarella'],
    },
  },
});

const draws: Record<string, (tag: string) => EntryTree> = {
  procedure: (tag) => renderProcedure(binder.procedures.get('cooling')!, renderContext(binder, tag)),
  ingredient: (tag) => renderIngredient(binder.ingredients.get('mozzarella')!, { ...renderContext(binder, tag), allergens: declaredAllergens('mozzarella', binder.ingredients.get('mozzarella')!), currency: 'USD' }),
  equipment: (tag) => renderEquipment(binder.equipment.get('blast-chiller')!, renderContext(binder, tag)),
  station: (tag) => renderStation({ name: 'Pizza bench', summary: 'Pizzas.', order: 2, responsibilities: ['Stretch dough'], equipment: ['blast-chiller'] }, renderContext(binder, tag)),
  'setup guide': (tag) => renderSetupGuide(binder.setup.get('opening')!, { ...renderContext(binder, tag), purchasingOf: (id) => binder.ingredients.get(id)?.purchasing }),
};

describe('each part, in English and in Spanish', () => {
  test.each<[string, string, Where, string]>([
    ['en-US', 'procedure', { tag: 'p', className: 'eyebrow' }, '<p class="eyebrow" data-pagefind-ignore><a href="/procedures/">Procedures</a> · food-safety · per-batch</p>'],
    ['es', 'procedure', { tag: 'p', className: 'eyebrow' }, '<p class="eyebrow" data-pagefind-ignore><a href="/es/procedures/">Procedimientos</a> · inocuidad alimentaria · en cada lote</p>'],
    [
      'en-US',
      'procedure',
      { tag: 'dl', className: 'facts' },
      '<dl class="facts"><div><dt>How often</dt><dd>per batch</dd></div><div><dt>Takes</dt><dd><time datetime="PT15M">15 min</time></dd></div><div><dt>Who</dt><dd>Prep cook, Shift lead</dd></div><div><dt>Critical limits</dt><dd>1</dd></div></dl>',
    ],
    [
      'es',
      'procedure',
      { tag: 'dl', className: 'facts' },
      '<dl class="facts"><div><dt>Frecuencia</dt><dd>en cada lote</dd></div><div><dt>Duración</dt><dd><time datetime="PT15M">15 min</time></dd></div><div><dt>Quién</dt><dd>Prep cook, Shift lead</dd></div><div><dt>Límites críticos</dt><dd>1</dd></div></dl>',
    ],
    [
      'en-US',
      'procedure',
      { tag: 'div', className: 'checklist-alert' },
      '<div class="checklist-alert" role="alert" data-alert data-pagefind-ignore hidden><p data-alert-sentence></p><p><strong>Do this now:</strong> Discard it.</p></div>',
    ],
    [
      'es',
      'procedure',
      { tag: 'div', className: 'checklist-field' },
      '<div class="checklist-field"><label for="step-1-reading">Lectura<span class="visually-hidden">, paso 1</span></label><input id="step-1-reading" class="checklist-reading" type="number" inputmode="text" step="any" enterkeyhint="done" autocomplete="off" data-reading data-limit="{&quot;comparison&quot;:&quot;at-most&quot;,&quot;value&quot;:5,&quot;unit&quot;:&quot;C&quot;,&quot;text&quot;:&quot;Centro ≤ 5 °C (41 °F) en un plazo de 4 h&quot;,&quot;correctiveAction&quot;:&quot;Discard it.&quot;}"><label class="visually-hidden" for="step-1-unit">Unidad de la lectura, paso 1</label><select id="step-1-unit" class="checklist-unit" autocomplete="off" data-unit><option value="C">°C</option><option value="F">°F</option></select></div>',
    ],
    ['en-US', 'procedure', { tag: 'h2', id: 'notes-heading' }, '<h2 id="notes-heading">Notes</h2>'],
    ['en-US', 'ingredient', { tag: 'p', className: 'eyebrow' }, '<p class="eyebrow" data-pagefind-ignore><a href="/ingredients/">Ingredients</a> · dairy</p>'],
    [
      'en-US',
      'ingredient',
      { tag: 'section', className: 'allergen-panel' },
      '<section class="allergen-panel" aria-labelledby="allergens-heading"><h2 id="allergens-heading"><svg aria-hidden="true" width="24" height="24" viewBox="0 0 24 24"><path fill="currentColor" d="M12 2 1 21h22L12 2Zm0 6 1 7h-2l1-7Zm0 9.5a1.25 1.25 0 1 1 0 2.5 1.25 1.25 0 0 1 0-2.5Z"></path></svg>Allergens</h2><p class="visually-hidden">Contains:</p><ul class="allergen-badges" data-allergens-contains><li class="allergen-badge" title="Milk of any animal, and anything made from it: butter, cheese, cream, whey">Contains Milk</li></ul><ul class="allergen-badges"><li class="allergen-badge allergen-badge--may" title="Eggs of any bird, and anything made from them">May contain Eggs</li></ul></section>',
    ],
    [
      'en-US',
      'ingredient',
      { tag: 'dl', className: 'facts' },
      '<dl class="facts"><div><dt>Zone</dt><dd>refrigerated</dd></div><div><dt>Temperature</dt><dd>4 °C (39 °F)</dd></div><div><dt>Shelf life</dt><dd>5 days</dd></div><div><dt>One piece</dt><dd>125 g</dd></div></dl>',
    ],
    [
      'es',
      'ingredient',
      { tag: 'dl', className: 'facts' },
      '<dl class="facts"><div><dt>Zona</dt><dd>refrigerado</dd></div><div><dt>Temperatura</dt><dd>4 °C (39 °F)</dd></div><div><dt>Vida útil</dt><dd>5 días</dd></div><div><dt>Una pieza</dt><dd>125 g</dd></div></dl>',
    ],
    [
      'es',
      'ingredient',
      { tag: 'p', className: 'visually-hidden' },
      '<p class="visually-hidden">Contiene:</p>',
    ],
    ['en-US', 'equipment', { tag: 'dl', className: 'facts' }, '<dl class="facts"><div><dt>Capacity per load</dt><dd>20 kg</dd></div><div><dt>Working range</dt><dd>-40 °C (-40 °F) to 3 °C (37 °F)</dd></div></dl>'],
    ['es', 'equipment', { tag: 'dl', className: 'facts' }, '<dl class="facts"><div><dt>Capacidad por carga</dt><dd>20 kg</dd></div><div><dt>Rango de trabajo</dt><dd>de -40 °C (-40 °F) a 3 °C (37 °F)</dd></div></dl>'],
    ['en-US', 'equipment', { tag: 'ul', className: 'entry-links' }, '<ul class="entry-links"><li><a href="/procedures/cooling/">Cooling</a></li></ul>'],
    ['en-US', 'station', { tag: 'p', className: 'eyebrow' }, '<p class="eyebrow" data-pagefind-ignore><a href="/stations/">Stations</a> · position 2 on the line</p>'],
    ['es', 'station', { tag: 'ul', className: 'chips' }, '<ul class="chips"><li class="chip"><a href="/es/equipment/blast-chiller/">Blast chiller</a></li></ul>'],
    ['en-US', 'setup guide', { tag: 'p', className: 'eyebrow' }, '<p class="eyebrow" data-pagefind-ignore><a href="/setup/">Setup guides</a> · step 6 · opening plan</p>'],
    ['es', 'setup guide', { tag: 'p', className: 'eyebrow' }, '<p class="eyebrow" data-pagefind-ignore><a href="/es/setup/">Guías de apertura</a> · paso 6 · plan de apertura</p>'],
  ])('%s %s: %o', (tag, type, where, expected) => {
    expect(htmlOf(draws[type]!(tag), where)).toBe(expected);
  });
});

describe('what goes around them', () => {
  test.each([
    ['procedure', ['after-title', 'after-summary', 'checklist', 'body']],
    ['ingredient', ['after-title']],
    ['equipment', ['after-title']],
    ['station', ['after-title']],
    ['setup guide', ['after-title', 'body']],
  ])('a %s leaves the page its places: %o', (type, slots) => {
    expect(slotNames(draws[type]!('en-US'))).toEqual(slots);
  });

  test('the checklist is the slot’s own content, which the page wraps in its log island and the preview shows as it is', () => {
    const checklist = renderedHtml(slotFallback(draws['procedure']!('en-US'), 'checklist'));
    expect(checklist).toMatch(/^<p class="checklist-who"><span class="checklist-paper-date">Date <span class="checklist-blank"><\/span><\/span><label for="checklist-initials">Initials<\/label>/);
    expect(checklist).toContain('<li class="checklist-step" id="step-2" data-step><label class="checklist-tick"><input type="checkbox" data-done><span class="checklist-number">2.</span><span class="checklist-text" data-step-text>Label the tub.</span></label><p class="checklist-stamp" data-stamp hidden></p></li>');
  });

  test.each([
    [
      'en-US',
      '<h2 id="tasks">Tasks</h2><table><thead><tr><th scope="col">When</th><th scope="col">Task</th></tr></thead><tbody><tr><td class="qty">16 wk</td><td>Sign the lease.<div class="line-note">Owner: Owner</div></td></tr><tr><td class="qty">—</td><td>Celebrate.</td></tr></tbody></table>',
    ],
    [
      'es',
      '<h2 id="tasks">Tareas</h2><table><thead><tr><th scope="col">Cuándo</th><th scope="col">Tarea</th></tr></thead><tbody><tr><td class="qty">16 sem</td><td>Sign the lease.<div class="line-note">Responsable: Owner</div></td></tr><tr><td class="qty">—</td><td>Celebrate.</td></tr></tbody></table>',
    ],
  ])('%s: a guide’s tasks by deadline, undated last', (tag, expected) => {
    expect(renderedHtml(draws['setup guide']!(tag))).toContain(expected);
  });

  test('a guide lists its ingredients’ supplier specs', () => {
    expect(renderedHtml(draws['setup guide']!('en-US'))).toContain(
      '<h2 id="specs">Supplier specifications</h2><table><thead><tr><th scope="col">Ingredient</th><th scope="col">Spec</th></tr></thead><tbody><tr><td><a href="/ingredients/mozzarella/">Mozzarella</a></td><td>Fior di latte · 1 kg bag<div class="line-note">Reject if: the brine is cloudy</div></td></tr></tbody></table>',
    );
  });
});
