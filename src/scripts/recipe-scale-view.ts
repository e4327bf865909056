/**
 * Shows a recipe page at the batch and in the units in its URL: every quantity in the
 * ingredient table and in the steps, their notes, the batch, portions and cost, the
 * split into mixes, sub-recipe links at the amount needed, and temperatures in the
 * cook's scale first. All figures come from the same domain code the build uses, and
 * all words from the recipe's scaling data (English built in, other languages carried).
 */
import { lineNotes } from '../domain/scaling/line-notes.ts';
import type { ScalableRecipe } from '../domain/scaling/scalable-recipe.ts';
import { factorOf, parseScaleChoice, ScaleChoiceError } from '../domain/scaling/scale-choice.ts';
import { UNITS_PARAM } from '../domain/scaling/scale-params.ts';
import { scaleRecipe, type ScaleOptions } from '../domain/scaling/scale-recipe.ts';
import { scaleWords, type ScaleWords } from '../domain/scaling/scale-words.ts';
import { numberFormat } from '../domain/number-format.ts';
import { preferScale } from '../domain/temperature.ts';
import { UNITS } from '../domain/units.ts';

export function showScaled(root: HTMLElement, params: URLSearchParams): void {
  const data = JSON.parse(root.querySelector('[data-scaling]')?.textContent ?? '{}') as ScalableRecipe;
  const words = scaleWords(data);
  const chosen = params.get(UNITS_PARAM);
  const system = chosen === 'us' || chosen === 'metric' ? chosen : data.system;
  let factor = 1;
  let error: string | undefined;
  const options: { portionSize?: ScaleOptions['portionSize'] } = {};
  try {
    const choice = parseScaleChoice(params, data);
    if (choice) factor = factorOf(choice, data);
    if (choice?.kind === 'portions' && choice.size) options.portionSize = { quantity: choice.size.quantity, unit: choice.size.unit ?? data.yield.portionSize?.unit ?? 'g' };
  } catch (problem) {
    if (!(problem instanceof ScaleChoiceError)) throw problem;
    error = problem.message;
  }
  const scaled = scaleRecipe(data, factor, system, options);
  const page = root.closest('article') ?? document.body;

  scaled.lines.forEach((line, index) => {
    const text = line.text ?? words('unit.toTaste');
    for (const cell of page.querySelectorAll(`td.qty[data-line="${index}"], .cook-qty[data-line="${index}"]`)) cell.textContent = text;
    for (const mention of page.querySelectorAll(`.mention[data-line="${index}"] .mention-qty`)) mention.textContent = line.text ?? '';
    for (const link of page.querySelectorAll<HTMLAnchorElement>(`a[data-sub-line="${index}"]`)) {
      if (line.subRecipeQuery) link.search = `?${line.subRecipeQuery}${system === data.system ? '' : `&${UNITS_PARAM}=${system}`}`;
    }
    const unit = data.lines[index]?.unit;
    const notes = lineNotes(line, factor, unit !== undefined && UNITS[unit].dimension === 'mass', scaled.mixes?.noun === 'loads' ? 'load' : 'mix', data);
    const row = page.querySelector(`tr[data-row="${index}"] td:last-child`);
    let note = page.querySelector(`[data-note-for="${index}"]`);
    if (!note && row && notes.length > 0) {
      note = document.createElement('small');
      note.className = 'scale-note';
      note.setAttribute('data-note-for', String(index));
      row.append(note);
    }
    if (note) note.textContent = notes.join(' · ');
  });

  setText(page, '[data-batch]', scaled.batch);
  setText(page, '[data-portions]', scaled.portions);
  setText(page, '[data-portion-size]', scaled.portionSize);
  setText(page, '[data-cost-batch]', scaled.cost?.batch);
  setText(page, '[data-cost-portion]', scaled.cost?.portion);
  showMixes(page, scaled.mixes, words);
  preferTemperatures(page, system === 'us' ? 'F' : 'C');

  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-scale]')) {
    button.setAttribute('aria-pressed', String(!error && Math.abs(factorOfButton(button.dataset['scale'] ?? '') - factor) < 1e-9));
  }
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-units]')) button.setAttribute('aria-pressed', String(button.dataset['units'] === system));
  const status = root.querySelector('[data-status]');
  if (status) {
    status.classList.toggle('scaler__status--error', error !== undefined);
    status.textContent = error ? words('scale.status.error', { error }) : summary(factor, scaled.batch, scaled.portions, data.locale, words);
  }
}

function factorOfButton(value: string): number {
  const [top = '1', bottom = '1'] = value.split('/');
  return Number(top) / Number(bottom);
}

function summary(factor: number, batch: string, portions: string | undefined, locale: string, words: ScaleWords): string {
  const shown = numberFormat(locale, { maximumFractionDigits: 3, useGrouping: false }).format(Math.round(factor * 1000) / 1000);
  const times = factor === 1 ? words('scale.status.one') : words('scale.status.times', { factor: shown });
  return portions ? words('scale.status.summaryPortions', { times, batch, portions }) : words('scale.status.summary', { times, batch });
}

function setText(page: ParentNode, selector: string, text: string | undefined): void {
  for (const element of page.querySelectorAll(selector)) if (text !== undefined) element.textContent = text;
}

function showMixes(page: HTMLElement, mixes: ReturnType<typeof scaleRecipe>['mixes'], words: ScaleWords): void {
  let note = page.querySelector<HTMLElement>('[data-mixes]');
  if (!mixes) {
    note?.remove();
    return;
  }
  if (!note) {
    note = document.createElement('p');
    note.className = 'scale-mixes';
    note.setAttribute('data-mixes', '');
    note.setAttribute('role', 'note');
    page.querySelector('table.ingredients')?.closest('.table-wrap')?.before(note);
  }
  const { equipment, capacity, each } = mixes;
  note.textContent = words(mixes.noun === 'mixes' ? 'scale.mixes' : 'scale.loads', { equipment, capacity, count: String(mixes.count), each });
}

/** Rewrites "74 °C (165 °F)" as "165 °F (74 °C)" (or back) in every text of the page. */
function preferTemperatures(page: HTMLElement, scale: 'C' | 'F'): void {
  const walker = document.createTreeWalker(page, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    if (!text.includes('°') || node.parentElement?.closest('script')) continue;
    const preferred = preferScale(text, scale);
    if (preferred !== text) node.nodeValue = preferred;
  }
}
