/**
 * What a translation may never change: the numbers in a sentence and the ingredient
 * lines it mentions. "Aim for 23–25 °C" translated as "entre 22 y 25 °C" would put two
 * languages at odds on a food-safety figure; a mention dropped would lose the amount
 * that step shows and scales.
 */
import { parseStepText } from '../step-text.ts';

/**
 * The numbers of a text as values, in order, read the way either language writes
 * them: `2.5` and `2,5` are both two and a half; `1,500`, `1.500` and `1 500` (with
 * a no-break space) are all fifteen hundred, since a separator before exactly three
 * digits groups thousands unless the number starts with 0 (`0.125`).
 */
export function numbersIn(text: string): number[] {
  // A mention's slug (`@flour-00`) is a name, not a number.
  const words = parseStepText(text)
    .map((segment) => (segment.kind === 'text' ? segment.text : ' '))
    .join('');
  return [...words.matchAll(/\d+(?:[.,\u00a0\u202f]\d+)*/g)].map((match) => valueOf(match[0]));
}

function valueOf(written: string): number {
  const groups = written.split(/[.,\u00a0\u202f]/);
  if (groups.length === 1) return Number(written);
  const last = groups.at(-1)!;
  const separators = written.match(/[.,\u00a0\u202f]/g)!;
  const decimalMark = separators.at(-1)!;
  const grouping = separators.length > 1 && separators.every((mark) => mark === decimalMark);
  const thousands = grouping || (last.length === 3 && groups[0] !== '0') || /[\u00a0\u202f]/.test(decimalMark);
  if (thousands) return Number(groups.join(''));
  return Number(`${groups.slice(0, -1).join('')}.${last}`);
}

/** The `@mentions` of a text, sorted. */
export function mentionsIn(text: string): string[] {
  return parseStepText(text)
    .flatMap((segment) => (segment.kind === 'mention' ? [segment.key] : []))
    .sort();
}

/** Where a translation and its original disagree, said plainly; empty when they agree. */
export function disagreements(original: string, translated: string): string[] {
  const problems: string[] = [];
  const sorted = (values: number[]) => [...values].sort((x, y) => x - y);
  const [a, b] = [sorted(numbersIn(original)), sorted(numbersIn(translated))];
  if (a.join(' ') !== b.join(' ')) {
    problems.push(`its numbers (${listOrNone(numbersIn(translated).map(String))}) are not the original's (${listOrNone(numbersIn(original).map(String))})`);
  }
  const [m, n] = [mentionsIn(original), mentionsIn(translated)];
  if (m.join(' ') !== n.join(' ')) {
    problems.push(`it mentions ${listOrNone(n.map((key) => `@${key}`))} where the original mentions ${listOrNone(m.map((key) => `@${key}`))}`);
  }
  return problems;
}

function listOrNone(values: readonly string[]): string {
  return values.length === 0 ? 'none' : values.join(', ');
}
