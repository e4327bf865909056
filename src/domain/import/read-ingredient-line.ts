/**
 * One ingredient line as a recipe page writes it ("1½ cups flour, sifted", "0,5 l di
 * latte intero", "sale q.b.") split into quantity, unit, name and preparation.
 * parse-ingredient reads the numbers (mixed numbers, vulgar fractions, ranges) and the
 * unit; this adds what a binder line needs on top: the decimal comma of the page's
 * language, "to taste" and "optional" in that language, and the preparation after the
 * name ("flour, sifted") or in parentheses.
 */
import { escapeRegex, parseIngredient, type UnitOfMeasureDefinitions } from 'parse-ingredient';
import type { ImportedLine } from './imported-recipe.ts';
import { lineWords, usesDecimalComma, type LineWords } from './line-words.ts';

export interface LineContext {
  readonly language?: string | undefined;
  readonly group?: string | undefined;
}

export function readIngredientLine(raw: string, context: LineContext = {}): ImportedLine {
  const text = raw.replace(/\s+/g, ' ').trim();
  const words = lineWords(context.language);
  const parsed = parseIngredient(withoutApproximately(text, words), {
    decimalSeparator: decimalSeparatorOf(text, context.language),
    additionalUOMs: unitDefinitions(words),
    descriptionStripPrefixes: words.linking,
    // "1 large egg" is one egg, a large one: sizes are part of what is bought, not a unit.
    ignoreUOMs: ['large', 'medium', 'small'],
    round: false,
  })[0];
  let description = parsed?.description.trim() ?? text;
  const found = { optional: false, toTaste: false };
  const notes: string[] = [];
  // Parenthesised asides: "optional", "to taste", or a note ("about 2 cups").
  description = description.replace(/\s*\(([^()]*)\)\s*/g, (_, inside: string) => {
    const aside = inside.trim();
    if (matchesAny(aside, words.optional)) found.optional = true;
    else if (matchesAny(aside, words.toTaste)) found.toTaste = true;
    else if (aside !== '') notes.push(aside);
    return ' ';
  });
  description = stripPhrases(description, words.optional, () => (found.optional = true));
  description = stripPhrases(description, words.toTaste, () => (found.toTaste = true));
  const parts = description.split(',').map((part) => part.trim()).filter((part) => part !== '');
  // "bone-in, skin-on chicken thighs": a lone compound adjective before a comma describes the noun after it.
  while (parts.length > 1 && /^\p{L}+-\p{L}+$/u.test(parts[0]!)) parts.splice(0, 2, `${parts[0]} ${parts[1]}`);
  const [name = '', ...rest] = parts;
  const preparation = rest.join(', ');
  const quantity = found.toTaste || parsed?.quantity == null ? undefined : parsed.quantity;
  return {
    raw: text,
    ...(quantity !== undefined && { quantity }),
    ...(quantity !== undefined && parsed?.quantity2 != null && { quantityMax: parsed.quantity2 }),
    ...(quantity !== undefined && parsed?.unitOfMeasure && { unit: parsed.unitOfMeasure }),
    name: name.replace(/\s+/g, ' ').trim(),
    ...(preparation !== '' && { preparation }),
    ...(notes.length > 0 && { note: notes.join('; ') }),
    ...(context.group && { group: context.group }),
    ...(found.optional && { optional: true }),
  };
}

/**
 * "1,5" is one and a half in a language with a decimal comma, and in any language when
 * the comma is followed by one or two digits only ("0,5 l"); "1,000 g" in English is a thousand.
 */
function decimalSeparatorOf(text: string, language: string | undefined): '.' | ',' {
  if (/\d,\d{1,2}(?!\d)/.test(text)) return ',';
  if (/\d\.\d/.test(text)) return '.';
  return usesDecimalComma(language) ? ',' : '.';
}

function withoutApproximately(text: string, words: LineWords): string {
  const lower = text.toLowerCase();
  const prefix = words.approximately.find((word) => lower.startsWith(`${word.toLowerCase()} `));
  return prefix ? text.slice(prefix.length).trim() : text;
}

function unitDefinitions(words: LineWords): UnitOfMeasureDefinitions {
  return Object.fromEntries(Object.entries(words.units).map(([id, spellings]) => [id, { short: spellings[0]!, plural: spellings[0]!, alternates: spellings }]));
}

function matchesAny(text: string, phrases: readonly string[]): boolean {
  const lower = text.toLowerCase().replace(/[.!]+$/, '');
  return phrases.some((phrase) => lower === phrase.toLowerCase().replace(/[.!]+$/, ''));
}

/** Removes each phrase standing as words of its own (at the end, or set off by a comma), calling `found` when one was there. */
function stripPhrases(text: string, phrases: readonly string[], found: () => void): string {
  let result = text;
  for (const phrase of phrases) {
    const pattern = new RegExp(`(^|[\\s,;])${escapeRegex(phrase)}(?=$|[\\s,;])`, 'i');
    if (pattern.test(result)) {
      result = result.replace(pattern, '$1');
      found();
    }
  }
  return result.replace(/\s*,\s*(,\s*)+/g, ', ').replace(/[\s,;]+$/, '').replace(/^[\s,;]+/, '').replace(/\s+/g, ' ');
}
