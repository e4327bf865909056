import { HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { TIME_VALUE_FORMS, TIME_VALUE_RULE, timeValueKind, timeValuePlugin } from '../support/html-validate-time.ts';

describe('the machine-readable value of a <time>', () => {
  test.each([
    ['2026-03', 'month'],
    ['12026-03', 'month'],
    ['2026-03-14', 'date'],
    ['2024-02-29', 'date'],
    ['2000-02-29', 'date'],
    ['0001-01-01', 'date'],
    ['03-14', 'yearless date'],
    ['--03-14', 'yearless date'],
    ['--02-29', 'yearless date'],
    ['14:30', 'time'],
    ['14:30:05', 'time'],
    ['23:59:59.999', 'time'],
    ['2026-03-14T14:30', 'local date and time'],
    ['2026-03-14 14:30:05.5', 'local date and time'],
    ['Z', 'time-zone offset'],
    ['+01:00', 'time-zone offset'],
    ['-0530', 'time-zone offset'],
    ['2026-03-14T14:30Z', 'global date and time'],
    ['2026-11-30T07:00:00.000Z', 'global date and time'],
    ['2026-11-25T11:38:27+00:00', 'global date and time'],
    ['2026-03-14 14:30-2359', 'global date and time'],
    ['2026-W11', 'week'],
    ['2026-W53', 'week'], // 2026 starts on a Thursday
    ['2020-W53', 'week'], // a leap year that starts on a Wednesday
    ['2026', 'year'],
    ['0001', 'year'],
    ['02026', 'year'],
    ['PT4H18M3S', 'duration'],
    ['PT15M', 'duration'],
    ['P4D', 'duration'],
    ['P1DT2H', 'duration'],
    ['PT3.25S', 'duration'],
    ['PT0M', 'duration'],
    ['4h 18m 3s', 'informal duration'],
    ['4h18m3s', 'informal duration'],
    [' 3s 4H ', 'informal duration'],
    ['1w 2d', 'informal duration'],
    ['3.25 s', 'informal duration'],
  ])('%j is a valid %s', (value, kind) => {
    expect(timeValueKind(value)).toBe(kind);
  });

  test.each([
    ['', 'empty'],
    ['tomorrow', 'words'],
    ['14/03/2026', 'slashes'],
    ['2026-3-14', 'one-digit month'],
    ['2026-13', 'month 13'],
    ['0000-03', 'year 0'],
    ['999', 'three-digit year'],
    ['0000', 'year 0'],
    ['2026-02-29', '29 February, not a leap year'],
    ['1900-02-29', '29 February, 1900 not a leap year'],
    ['2026-04-31', '31 April'],
    ['--02-30', '30 February'],
    ['-03-14', 'one hyphen before a yearless date'],
    ['24:00', 'hour 24'],
    ['14:60', 'minute 60'],
    ['14:30:60', 'second 60'],
    ['14:30:05.1234', 'four fraction digits'],
    ['14:30.5', 'a fraction without seconds'],
    ['2:30 PM', 'twelve-hour clock'],
    ['2026-03-14t14:30', 'lowercase t'],
    ['2026-03-14T14:30z', 'lowercase z'],
    ['2026-03-14T14:30+24:00', 'offset hour 24'],
    ['2026-03-14T14:30+01:60', 'offset minute 60'],
    ['+01', 'offset without minutes'],
    ['2026-W00', 'week 0'],
    ['2027-W53', 'week 53 of a 52-week year'],
    ['2026-W54', 'week 54'],
    ['P', 'P alone'],
    ['PT', 'PT alone'],
    ['P1DT', 'T without a time'],
    ['P1Y', 'years'],
    ['P1M', 'months'],
    ['P1W', 'weeks in the ISO form'],
    ['PT4.5H', 'a fraction of an hour'],
    ['PT1.S', 'a point without digits'],
    ['pt4h', 'lowercase ISO form'],
    ['PT18M4H', 'ISO units out of order'],
    ['3.5m', 'a fraction of a minute'],
    ['4h 4h', 'the same unit twice'],
    ['4h,18m', 'a comma'],
    [' 2026-03-14', 'a space before a date'],
    ['2026-03-14 ', 'a space after a date'],
  ])('%j is not valid (%s)', (value) => {
    expect(timeValueKind(value)).toBeUndefined();
  });

  test.each(TIME_VALUE_FORMS.map((form) => [form.example, form.kind]))('the example %j is a valid %s', (example, kind) => {
    expect(timeValueKind(example)).toBe(kind);
  });
});

describe(`the ${TIME_VALUE_RULE} rule`, () => {
  const validator = new HtmlValidate({ plugins: [timeValuePlugin], rules: { [TIME_VALUE_RULE]: 'error' } });
  const messagesFor = async (markup: string): Promise<string[]> =>
    (await validator.validateString(`<p>${markup}</p>`)).results.flatMap((r) => r.messages.map((m) => `${m.column}: ${m.message}`));

  test.each([
    ['<time></time>', '5: <time> without a datetime attribute must have a date, time or duration as its text, not "": give it datetime="…" (for example 2026-03-14, 14:30, 2026-03-14T14:30Z, PT4H18M) or leave the <time> out until there is a value'],
    ['<time data-shift-start></time>', '5: <time> without a datetime attribute must have a date, time or duration as its text, not "": give it datetime="…" (for example 2026-03-14, 14:30, 2026-03-14T14:30Z, PT4H18M) or leave the <time> out until there is a value'],
    ['<time>Nov 25, 2026</time>', '5: <time> without a datetime attribute must have a date, time or duration as its text, not "Nov 25, 2026": give it datetime="…" (for example 2026-03-14, 14:30, 2026-03-14T14:30Z, PT4H18M) or leave the <time> out until there is a value'],
    ['<time datetime="tomorrow">tomorrow</time>', '20: <time datetime="tomorrow">: "tomorrow" is not a date, time or duration (for example 2026-03-14, 14:30, 2026-03-14T14:30Z, PT4H18M)'],
    ['<time datetime="">soon</time>', '10: <time datetime="">: "" is not a date, time or duration (for example 2026-03-14, 14:30, 2026-03-14T14:30Z, PT4H18M)'],
    ['<time>2026<b>-03-14</b></time>', '5: <time> without a datetime attribute may hold only text: give it datetime="…" with the machine-readable value'],
  ])('reports %s', async (markup, message) => {
    expect(await messagesFor(markup)).toEqual([message]);
  });

  test.each([
    '<time datetime="PT15M">15 min</time>',
    '<time datetime="2026-11-25T11:38:27+00:00">Nov 25, 2026</time>',
    '<time datetime="2026-03-14"><b>14 March</b></time>',
    '<time>2026-03-14</time>',
    '<time>4h 18m 3s</time>',
    '<span>Shift started</span>',
  ])('stays quiet on %s', async (markup) => {
    expect(await messagesFor(markup)).toEqual([]);
  });
});
