/** A local proposal's proposer, as the rules know people: GitHub's no-reply address names its user. */
import { expect, test } from 'vitest';
import { proposerOf } from '../../src/governance/proposer.ts';

test.each([
  ['Maria Rossi', '1234567+maria-rossi@users.noreply.github.com', 'maria-rossi'],
  ['Maria Rossi', 'maria-rossi@users.noreply.github.com', 'maria-rossi'],
  ['Maria Rossi', 'maria@example.org', 'Maria Rossi'],
  ['Maria Rossi', 'bad--name@users.noreply.github.com', 'Maria Rossi'],
  ['Head Chef', 'maria-rossi@users.noreply.github.com.evil.example', 'Head Chef'],
])('%s <%s> is %s', (name, email, proposer) => {
  expect(proposerOf(name, email)).toBe(proposer);
});
