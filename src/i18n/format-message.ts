/**
 * Fills a catalogue message: `{name}` takes a parameter, and a message with plural
 * forms picks one by `Intl.PluralRules` on `count`, where `#` is the count as the
 * language writes it. Pure and tiny, so islands use it in the browser too.
 */

/** A message: plain text, or one text per plural category (`other` always). */
export type Message = string | PluralMessage;
export type PluralMessage = { readonly other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;
export type MessageParams = Readonly<Record<string, string | number>>;

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatMessage(locale: string, message: Message, params: MessageParams = {}): string {
  let text: string;
  if (typeof message === 'string') {
    text = message;
  } else {
    const count = Number(params['count'] ?? 0);
    let rules = pluralRules.get(locale);
    if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
    text = (message[rules.select(count)] ?? message.other).replaceAll('#', numberIn(locale, count));
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numberIn(locale, value) : value;
  });
}

function numberIn(locale: string, value: number): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })));
  return format.format(value);
}
