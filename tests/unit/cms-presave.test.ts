/**
 * The editor's save step, with Decap's own Immutable data: the reason leaves the
 * file and becomes the commit message, empty fields are dropped, and nested fields
 * return to the schema's order.
 */
import { fromJS } from 'immutable';
import { describe, expect, test } from 'vitest';
import type { CMS } from 'decap-cms-core';
import type { OrderedField } from '../../cms/field-order.ts';
import { registerReasonHandling } from '../../cms/reason.ts';

type Handler = (event: { entry: unknown }) => { toJS(): unknown };

function fakeCms() {
  const handlers: Handler[] = [];
  const committed: string[] = [];
  const backend = {
    init: () => ({ persistEntry: async (_entry: unknown, options: { commitMessage: string }) => void committed.push(options.commitMessage) }),
  };
  const cms = {
    registerEventListener: ({ handler }: { handler: Handler }) => handlers.push(handler),
    getBackend: (name: string) => (name === 'proxy' ? backend : undefined),
  } as unknown as CMS;
  return { cms, handlers, committed, backend };
}

const FIELDS = new Map<string, readonly OrderedField[]>([
  ['recipes', [{ name: 'reason' }, { name: 'title' }, { name: 'steps', fields: [{ name: 'text' }, { name: 'timerMinutes' }, { name: 'station' }] }]],
]);

describe('the save step', () => {
  test('takes the reason out, drops empties, restores nested order, and commits with the reason', async () => {
    const { cms, handlers, committed, backend } = fakeCms();
    registerReasonHandling(cms, FIELDS);
    const entry = fromJS({
      collection: 'recipes',
      data: { reason: 'Timer for the bake', title: 'Focaccia', notes: '', steps: [{ text: 'Bake.', station: 'oven', timerMinutes: 18 }] },
    });
    const saved = handlers[0]!({ entry }).toJS() as Record<string, unknown>;
    // Top-level order is Decap's to set (it sorts by the fields); nested order is ours.
    expect(Object.keys(saved).sort()).toEqual(['steps', 'title']);
    expect(JSON.stringify(saved['steps'])).toBe(JSON.stringify([{ text: 'Bake.', timerMinutes: 18, station: 'oven' }]));

    await (backend.init() as { persistEntry: (e: unknown, o: object) => Promise<void> }).persistEntry({}, { collectionName: 'recipes', commitMessage: 'Update Recipe “focaccia”' });
    expect(committed).toEqual(['Timer for the bake']);
  });
});
