/**
 * The governance records on real files: the register, trials and rules pass the
 * checker's schema, cross-reference and hostile-input rules like any entry, and
 * every problem names the file, the line, the field and the fix.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkBinder, formatProblem } from '../../src/binder/check-binder.ts';
import { KITCHEN, RULES, TRIAL } from './governance-fixtures.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/binder');
const copies: string[] = [];

async function check(files: Record<string, string>) {
  const root = await mkdtemp(path.join(tmpdir(), 'governance-'));
  copies.push(root);
  const content = path.join(root, 'content');
  await cp(FIXTURE, content, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(content, file)), { recursive: true });
    await writeFile(path.join(content, file), text);
  }
  const result = await checkBinder(content);
  return { result, problems: result.problems.map(formatProblem) };
}

afterEach(async () => {
  await Promise.all(copies.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

test('a register, rules and a trial that fit together are valid and read', async () => {
  const { result, problems } = await check({ 'kitchens/harbour-lane.yaml': KITCHEN, 'governance.yaml': RULES, 'trials/2026-11-12-harbour-lane-pizza.yaml': TRIAL });
  expect(problems).toEqual([]);
  expect([...result.governance.kitchens.keys()]).toEqual(['harbour-lane']);
  expect(result.governance.rules?.data.maintainers).toEqual(['ana']);
  expect(result.governance.trials.map((trial) => [trial.file, trial.data.outcome])).toEqual([['content/trials/2026-11-12-harbour-lane-pizza.yaml', 'adopt']]);
  expect(result.fileCount).toBe(13);
});

describe('each problem names file, line, field and fix', () => {
  test.each([
    {
      name: 'a trial of an unregistered kitchen',
      files: { 'kitchens/harbour-lane.yaml': KITCHEN, 'trials/t.yaml': TRIAL.replace('kitchen: harbour-lane', 'kitchen: harbor-lane') },
      problem: 'content/trials/t.yaml:3: kitchen: `harbor-lane` is not a registered kitchen — did you mean `harbour-lane`? Otherwise register it as content/kitchens/harbor-lane.yaml',
    },
    {
      name: 'a trial of an entry the binder does not have',
      files: { 'kitchens/harbour-lane.yaml': KITCHEN, 'trials/t.yaml': TRIAL.replace('entry: recipes/pizza', 'entry: recipes/calzone') },
      problem: 'content/trials/t.yaml:1: entry: `recipes/calzone` is not in the binder — name the recipe cooked as `recipes/<slug>`, its file name without the extension',
    },
    {
      name: 'a trial of an ingredient',
      files: { 'kitchens/harbour-lane.yaml': KITCHEN, 'trials/t.yaml': TRIAL.replace('entry: recipes/pizza', 'entry: ingredients/flour') },
      problem: 'content/trials/t.yaml:1: entry: is not a recipe or a procedure — a trial reports cooking a recipe or carrying out a procedure (recipes, procedures)',
    },
    {
      name: 'a trial with a made-up revision',
      files: { 'kitchens/harbour-lane.yaml': KITCHEN, 'trials/t.yaml': TRIAL.replace('revision: 0123456789ab', 'revision: latest') },
      problem: 'content/trials/t.yaml:2: revision: is not an entry revision — copy the 12-character code shown under "Cooked in" on the entry page, or let `npm run trial` fill it in',
    },
    {
      name: 'an adjusted trial that says nothing of what it adjusted',
      files: { 'kitchens/harbour-lane.yaml': KITCHEN, 'trials/t.yaml': TRIAL.replace('outcome: adopt', 'outcome: adjust') },
      problem: 'content/trials/t.yaml:1: adjustments: is missing — an `adjust` outcome says what the kitchen did differently: give `adjustments` or `notes`',
    },
    {
      name: 'one login speaking for two kitchens',
      files: { 'kitchens/harbour-lane.yaml': KITCHEN, 'kitchens/north.yaml': KITCHEN.replace('Harbour Lane', 'North') },
      problem: 'content/kitchens/north.yaml:4: logins.0: @harbour-lane-kitchen already speaks for the kitchen `harbour-lane`: one person\'s approval would count for two kitchens — keep each GitHub user in one kitchen only',
    },
    {
      name: 'a login that is not a GitHub user name',
      files: { 'kitchens/harbour-lane.yaml': KITCHEN.replace('- harbour-lane-kitchen', '- "@harbour"') },
      problem: 'content/kitchens/harbour-lane.yaml:4: logins.0: is not a GitHub user name — write it as GitHub shows it, like `maria-rossi` (letters, digits and single hyphens, no @)',
    },
    {
      name: 'a rule asking for a role no kitchen holds',
      files: { 'kitchens/harbour-lane.yaml': KITCHEN.replace('  - food-safety', '  - pastry'), 'governance.yaml': RULES },
      problem:
        'content/governance.yaml:9: rules.0.needs.role: no registered kitchen has the role `food-safety`, so no proposal this rule applies to could ever be accepted — give the role to a kitchen that holds it (`roles: [food-safety]` in content/kitchens/<id>.yaml), or name another role (`pastry`)',
    },
    {
      name: 'a rule naming a kind of change that does not exist',
      files: { 'kitchens/harbour-lane.yaml': KITCHEN, 'governance.yaml': RULES.replace('- allergen-added', '- allergen-changed') },
      problem: 'content/governance.yaml:6: rules.0.when.0: is not a kind of change — use one of: allergen-added, allergen-removed',
    },
    {
      name: 'an override one maintainer could give alone',
      files: { 'kitchens/harbour-lane.yaml': KITCHEN, 'governance.yaml': RULES.replace('  maintainers: 2', '  maintainers: 1') },
      problem: 'content/governance.yaml:13: override.maintainers: is below 2 — one person alone must never override the rules',
    },
    {
      name: 'a hostile trial: a YAML tag in the notes',
      files: { 'kitchens/harbour-lane.yaml': KITCHEN, 'trials/t.yaml': `${TRIAL}notes: !!js/function "function () { return 1 }"\n` },
      problem: 'content/trials/t.yaml:7',
    },
    {
      name: 'a network list with an address that would run a command',
      files: { 'network.yaml': 'binders:\n  - url: "ext::sh -c evil"\n' },
      problem: 'content/network.yaml:2: binders.0.url: is not a git address this command reads',
    },
    {
      name: 'a hostile network list: an alias bomb',
      files: { 'network.yaml': `a: &a [x, x]\nb: &b [*a, *a, *a]\nc: &c [*b, *b, *b]\nd: &d [*c, *c, *c]\ne: &e [*d, *d, *d]\nf: &f [*e, *e, *e]\ng: &g [*f, *f, *f]\nh: &h [*g, *g, *g]\ni: &i [*h, *h, *h]\nj: &j [*i, *i, *i]\nk: &k [*j, *j, *j]\nbinders: [*k]\n` },
      problem: '(rule: yaml-alias)',
    },
    {
      name: 'a badly named trial file',
      files: { 'kitchens/harbour-lane.yaml': KITCHEN, 'trials/Trial One.yaml': TRIAL },
      problem: 'content/trials/Trial One.yaml:1: is not a valid file name for trials — name it `<slug>.yaml`',
    },
  ])('$name', async ({ files, problem }) => {
    const { problems } = await check(files);
    expect(problems).toContainEqual(expect.stringContaining(problem));
  });
});

test("in a fork, a layer's kitchens join the register, its trials add up, and its rules are the ones in force", async () => {
  const { result, problems } = await check({
    'kitchens/harbour-lane.yaml': KITCHEN,
    'governance.yaml': RULES,
    'trials/2026-11-12-harbour-lane-pizza.yaml': TRIAL,
    '../layers/brooklyn/layer.yaml': 'extends: content\nsite:\n  name: Brooklyn Slice\n',
    '../layers/brooklyn/kitchens/brooklyn.yaml': 'name: Brooklyn Slice\nrepository: https://github.com/brooklyn-slice/binder\nlogins:\n  - marco\n',
    '../layers/brooklyn/trials/2026-11-20-brooklyn-pizza.yaml': TRIAL.replace('kitchen: harbour-lane', 'kitchen: brooklyn').replace('2026-11-12', '2026-11-20'),
    '../layers/brooklyn/governance.yaml': RULES.replace('  - ana\n', '  - marco\n'),
  });
  expect(problems).toEqual([]);
  expect([...result.governance.kitchens.keys()].sort()).toEqual(['brooklyn', 'harbour-lane']);
  expect(result.governance.trials.map((trial) => trial.file)).toEqual(['content/trials/2026-11-12-harbour-lane-pizza.yaml', 'layers/brooklyn/trials/2026-11-20-brooklyn-pizza.yaml']);
  expect(result.governance.rules?.file).toBe('layers/brooklyn/governance.yaml');
  expect(result.governance.rules?.data.maintainers).toEqual(['marco']);
});

test("a fork's broken rules never fall back to the looser ones below: none are in force", async () => {
  const { result, problems } = await check({
    'governance.yaml': RULES,
    '../layers/brooklyn/layer.yaml': 'extends: content\n',
    '../layers/brooklyn/governance.yaml': 'maintainers: []\n',
  });
  expect(problems).toContainEqual(expect.stringContaining('layers/brooklyn/governance.yaml'));
  expect(result.governance.rules).toBeUndefined();
});
