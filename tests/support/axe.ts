/**
 * axe-core run inside the page as one `axe.run`, for the accessibility checks of the
 * browser tests. @axe-core/playwright's AxeBuilder runs each frame apart and then opens
 * a blank page to merge the results: about a second per call on our machines, for pages
 * that have no frames. Here axe is injected once per page load and each check is one
 * call, so a page's WCAG rules and its AAA contrast are judged in a single pass.
 */
import axe from 'axe-core';
import type { Page } from '@playwright/test';

export interface AxeCheck {
  /** Rules with any of these tags (e.g. WCAG 2.1 A and AA); with no tags and no rules, axe's default set. */
  readonly tags?: readonly string[];
  /** These rules as well, by id (e.g. `color-contrast-enhanced`). */
  readonly rules?: readonly string[];
  /** Judge only this part of the page (a CSS selector); the whole page by default. */
  readonly include?: string;
  /** A rule judged only inside a part of the page, e.g. `{ 'color-contrast-enhanced': 'main' }`. */
  readonly within?: Readonly<Record<string, string>>;
}

export interface AxeFinding {
  readonly id: string;
  readonly nodes: ReadonlyArray<{ readonly target: readonly string[]; readonly html: string; readonly failureSummary?: string }>;
}

export interface AxeReport {
  readonly violations: readonly AxeFinding[];
  /** Ids of the rules that found something to judge and passed it. */
  readonly passes: readonly string[];
}

/** Runs axe on the page as it is now. */
export async function checkWithAxe(page: Page, check: AxeCheck = {}): Promise<AxeReport> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(async ({ tags, rules, include, within }) => {
    const { axe: engine } = window as unknown as { axe: typeof import('axe-core') };
    // Frames would need axe inside them too; the binder's pages have none, and must say so if one appears.
    const frame = document.querySelector('iframe, frame');
    if (frame) throw new Error(`checkWithAxe: the page has a frame (${frame.outerHTML.slice(0, 80)}), which this check does not enter`);
    // As axe picks rules by tag itself: experimental and deprecated ones only when asked for by name or tag.
    const unasked = (rule: { tags: string[] }) => rule.tags.some((tag) => (tag === 'experimental' || tag === 'deprecated') && !tags.includes(tag));
    const byTag = tags.length > 0 ? engine.getRules(tags).filter((rule) => !unasked(rule)) : [];
    const ids = [...byTag.map((rule) => rule.ruleId), ...rules];
    const results = await engine.run(include ? { include: [include] } : document, {
      elementRef: true,
      ...((tags.length > 0 || rules.length > 0) && { runOnly: { type: 'rule' as const, values: [...new Set(ids)] } }),
    });
    /** A result keeps only the nodes inside its rule's part of the page, if it has one. */
    const scoped = (result: (typeof results.violations)[number]) => {
      const selector = within[result.id];
      return { ...result, nodes: selector ? result.nodes.filter((node) => node.element?.closest(selector)) : result.nodes };
    };
    return {
      violations: results.violations
        .map(scoped)
        .filter((result) => result.nodes.length > 0)
        .map((result) => ({
          id: result.id,
          nodes: result.nodes.map((node) => ({ target: node.target.map(String), html: node.html, ...(node.failureSummary !== undefined && { failureSummary: node.failureSummary }) })),
        })),
      passes: results.passes
        .map(scoped)
        .filter((result) => result.nodes.length > 0)
        .map((result) => result.id),
    };
  }, { tags: [...(check.tags ?? [])], rules: [...(check.rules ?? [])], include: check.include, within: { ...check.within } });
}

/** Each violation as one line: the rule, then each element and why, for an assertion's message. */
export function describeViolations(violations: readonly AxeFinding[]): string[] {
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} (${n.failureSummary ?? ''})`).join('; ')}`);
}
