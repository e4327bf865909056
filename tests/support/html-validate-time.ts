/**
 * `open-franchise/time-value`, an html-validate rule for what html-validate does not
 * check and the Nu HTML checker does: a `<time>` element's machine-readable value (its
 * `datetime` attribute or, when it has none, its text) must be one of the HTML
 * standard's date, time and duration strings. An empty `<time>` has none, which is how
 * `<time data-shift-start></time>` once shipped on every checklist page.
 * https://html.spec.whatwg.org/multipage/text-level-semantics.html#the-time-element
 */
import { definePlugin, type ElementReadyEvent, Rule, type RuleDocumentation } from 'html-validate';

export type TimeValueKind = (typeof TIME_VALUE_FORMS)[number]['kind'];

// The parts the forms share. Fields are checked for range after the match (fieldsInRange).
const YEAR = String.raw`(?<year>\d{4,})`;
const MONTH = String.raw`(?<month>\d\d)`;
const DAY = String.raw`(?<day>\d\d)`;
const TIME = String.raw`(?<hour>\d\d):(?<minute>\d\d)(?::(?<second>\d\d)(?:\.\d{1,3})?)?`;
const OFFSET = String.raw`(?:Z|[+-](?<offsetHour>\d\d):?(?<offsetMinute>\d\d))`;
/** ASCII whitespace, as the standard means it (not JavaScript's `\s`, which is Unicode's). */
const WS = String.raw`[\t\n\f\r ]*`;

/** Every form the standard allows, in its order, with an example to show in a message. */
export const TIME_VALUE_FORMS = [
  { kind: 'month', example: '2026-03', pattern: `${YEAR}-${MONTH}` },
  { kind: 'date', example: '2026-03-14', pattern: `${YEAR}-${MONTH}-${DAY}` },
  { kind: 'yearless date', example: '03-14', pattern: `(?:--)?${MONTH}-${DAY}` },
  { kind: 'time', example: '14:30', pattern: TIME },
  { kind: 'local date and time', example: '2026-03-14T14:30', pattern: `${YEAR}-${MONTH}-${DAY}[T ]${TIME}` },
  { kind: 'time-zone offset', example: '+01:00', pattern: OFFSET },
  { kind: 'global date and time', example: '2026-03-14T14:30Z', pattern: `${YEAR}-${MONTH}-${DAY}[T ]${TIME}${OFFSET}` },
  { kind: 'week', example: '2026-W11', pattern: `${YEAR}-W(?<week>\\d\\d)` },
  { kind: 'year', example: '2026', pattern: YEAR },
  // P, then days and/or T with hours, minutes, seconds in that order; no years or months.
  { kind: 'duration', example: 'PT4H18M3S', pattern: String.raw`P(?=\d|T\d)(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d{1,3})?S)?)?` },
  // "4h 18m 3s": components in any order, each unit at most once (see distinctUnits).
  { kind: 'informal duration', example: '4h 18m 3s', pattern: String.raw`(?:${WS}\d+(?:${WS}[WwDdHhMm]|(?:\.\d{1,3})?${WS}[Ss])${WS})+` },
] as const;

const MATCHERS = TIME_VALUE_FORMS.map((form) => ({ kind: form.kind, regex: new RegExp(`^(?:${form.pattern})$`) }));

/** The form `value` is written in, or undefined when it is none of them. */
export function timeValueKind(value: string): TimeValueKind | undefined {
  for (const { kind, regex } of MATCHERS) {
    const match = regex.exec(value);
    if (match && fieldsInRange(match.groups ?? {}) && (kind !== 'informal duration' || distinctUnits(value))) return kind;
  }
  return undefined;
}

/** Years from 1, months 1–12, real days (29 February in any yearless date), 00:00–23:59:59, offsets to ±23:59. */
function fieldsInRange(fields: Record<string, string | undefined>): boolean {
  const n = (name: string): number | undefined => (fields[name] === undefined ? undefined : Number(fields[name]));
  const [year, month, day, week] = [n('year'), n('month'), n('day'), n('week')];
  const within = (value: number | undefined, min: number, max: number): boolean => value === undefined || (value >= min && value <= max);
  return (
    within(year, 1, Infinity) &&
    within(month, 1, 12) &&
    (month === undefined || within(day, 1, daysInMonth(year ?? 2000, month))) &&
    (year === undefined || within(week, 1, weeksInYear(year))) &&
    within(n('hour'), 0, 23) &&
    within(n('minute'), 0, 59) &&
    within(n('second'), 0, 59) &&
    within(n('offsetHour'), 0, 23) &&
    within(n('offsetMinute'), 0, 59)
  );
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** ISO 8601: a year has 53 weeks when it starts on a Thursday, or on a Wednesday in a leap year. */
function weeksInYear(year: number): number {
  const y = year - 1;
  const januaryFirst = (1 + 5 * (y % 4) + 4 * (y % 100) + 6 * (y % 400)) % 7; // Gauss: 0 is Sunday
  return januaryFirst === 4 || (januaryFirst === 3 && isLeapYear(year)) ? 53 : 52;
}

function distinctUnits(value: string): boolean {
  const units = value.toLowerCase().match(/[wdhms]/g) ?? [];
  return new Set(units).size === units.length;
}

const EXAMPLES = `for example ${['2026-03-14', '14:30', '2026-03-14T14:30Z', 'PT4H18M'].join(', ')}`;

class TimeValue extends Rule {
  override documentation(): RuleDocumentation {
    return {
      description: [
        'A `<time>` element\'s `datetime` attribute, or its text when it has no `datetime`, must be one of these:',
        ...TIME_VALUE_FORMS.map((form) => `- a ${form.kind}: \`${form.example}\``),
      ].join('\n'),
      url: 'https://html.spec.whatwg.org/multipage/text-level-semantics.html#the-time-element',
    };
  }

  setup(): void {
    this.on('element:ready', ({ target }: ElementReadyEvent) => {
      if (!target.is('time')) return;
      const datetime = target.getAttribute('datetime');
      if (datetime?.isDynamic) return;
      if (datetime) {
        const value = String(datetime.value ?? '');
        if (timeValueKind(value) === undefined) {
          this.report(target, `<time datetime="${value}">: "${value}" is not a date, time or duration (${EXAMPLES})`, datetime.valueLocation ?? datetime.location);
        }
      } else if (target.childElements.length > 0) {
        this.report(target, '<time> without a datetime attribute may hold only text: give it datetime="…" with the machine-readable value');
      } else if (timeValueKind(target.textContent) === undefined) {
        this.report(
          target,
          `<time> without a datetime attribute must have a date, time or duration as its text, not "${target.textContent}": give it datetime="…" (${EXAMPLES}) or leave the <time> out until there is a value`,
        );
      }
    });
  }
}

export const TIME_VALUE_RULE = 'open-franchise/time-value';

/** The plugin to list in an HtmlValidate config; turn the rule on with `rules: { [TIME_VALUE_RULE]: 'error' }`. */
export const timeValuePlugin = definePlugin({ name: 'open-franchise', rules: { [TIME_VALUE_RULE]: TimeValue } });
