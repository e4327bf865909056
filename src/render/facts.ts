/** A row of facts ("Batch 2.5 kg", "Portions 10"), as a description list; rows without a value are left out. */
import type { Element } from 'hast';
import { h, type Child, type Properties } from 'hastscript';

export interface Fact {
  readonly label: string;
  /** What the row says; undefined or empty leaves the row out. */
  readonly value: Child;
  /** Attributes of the value's <dd> (a `data-*` hook an island redraws it by). */
  readonly properties?: Properties;
}

export function factList(facts: readonly Fact[]): Element {
  return h(
    'dl',
    { className: 'facts' },
    facts.filter(isShown).map((fact) => h('div', [h('dt', fact.label), h('dd', fact.properties ?? {}, fact.value)])),
  );
}

function isShown(fact: Fact): boolean {
  return fact.value !== undefined && fact.value !== null && fact.value !== '' && !(Array.isArray(fact.value) && fact.value.length === 0);
}
