/**
 * A restaurant's binder on top of upstream's, end to end through the real CLIs in
 * throwaway git repositories: `npm run fork` starts Brooklyn Slice on Corner Forno's
 * binder; `npm run customise` replaces, patches and hides entries in its layer and a
 * new file adds one; the fork checks, builds and reads right in the browser. Then
 * upstream moves on and `npm run sync` reports what touches the layer first, refuses a
 * merge whose binder would not check (changing nothing), merges once the layer is
 * fixed without touching it, and refuses a fork that edited upstream's files directly.
 * A fork of the fork builds with both layers.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { appendFile, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse, stringify } from 'yaml';
import { checkBinder } from '../../src/binder/check-binder.ts';
import type { Binder } from '../../src/domain/binder.ts';
import { menuSections } from '../../src/domain/costing/menu-costing.ts';
import { npm, run, servePreview, type Preview, type Ran } from '../support/processes.ts';
import { copyProject, PROJECT_ROOT } from '../support/project-copy.ts';

/** The binder forked from, by the name its site.yaml gives it. */
const UPSTREAM_NAME = (parse(readFileSync(path.join(PROJECT_ROOT, 'content', 'site.yaml'), 'utf8')) as { name: string }).name;

const BROOKLYN = { name: 'Brooklyn Slice', repository: 'https://github.com/brooklyn-slice/binder', layer: 'brooklyn', accent: '#1d4ed8' } as const;
const PARK_SLOPE = { name: 'Brooklyn Slice Park Slope', repository: 'https://github.com/brooklyn-slice/park-slope', layer: 'park-slope' } as const;
const LAYER = `layers/${BROOKLYN.layer}`;
const MARGHERITA_COPY = `${LAYER}/recipes/margherita.mdx`;
const DOUGH_PATCH = `${LAYER}/patches/recipes/pizza-dough.yaml`;
/** Brooklyn's own price for its mozzarella, and for its Margherita: patches, not copies. */
const MOZZARELLA_PATCH = `${LAYER}/patches/ingredients/mozzarella-fior-di-latte.yaml`;
const MENU_PATCH = `${LAYER}/patches/menu/margherita.yaml`;
const BROOKLYN_PRICES = { mozzarella: { amount: 13.8, supplier: 'Red Hook Dairy' }, margherita: 18.5 } as const;
const DOUGH_REASON = 'Brooklyn water is soft: a touch more salt, a longer bench rest';
const HIDDEN = 'recipes/spinach-frittata';
const HIDDEN_DISH = 'menu/spinach-frittata';
const HIDDEN_TITLE = 'Spinach and ricotta frittata';
/** The fork's own recipe: a new file in the layer. */
const ADDED = { file: `${LAYER}/recipes/chopped-salad.mdx`, from: 'content/recipes/house-salad.mdx', title: 'Chopped salad' } as const;
/** The restaurant's own recipe in Spanish, in its layer: the fork reads its variants in the languages upstream has. */
const ADDED_IN_SPANISH = { file: `${LAYER}/translations/es/recipes/chopped-salad.mdx`, title: 'Ensalada picada' } as const;
/** A recipe page a founder imports into the layer (`npm run import`): its lines all in the catalogue. */
const IMPORTED = {
  page: path.join(PROJECT_ROOT, 'tests/fixtures/import/fork/garlic-bread.html'),
  slug: 'garlic-bread-from-the-pizza-oven',
  file: `${LAYER}/recipes/garlic-bread-from-the-pizza-oven.mdx`,
  title: 'Garlic bread from the pizza oven',
} as const;
/** What upstream adds and removes in the sync scenario; nothing in the binder uses the removed one. */
const UPSTREAM_ADDS = { file: 'content/recipes/panzanella.mdx', title: 'Panzanella' } as const;
const UPSTREAM_REMOVES = { file: 'content/recipes/house-salad.mdx', key: 'recipes/house-salad', title: 'House salad' } as const;
/** The dish that sold it, which upstream takes off the menu with it. */
const UPSTREAM_REMOVES_DISH = { file: 'content/menu/house-salad.yaml', key: 'menu/house-salad', title: 'House salad' } as const;
/** A .gitignore as a real checkout has: node_modules is a symlink here, so no trailing slash. */
const GITIGNORE = 'node_modules\ndist/\n.astro/\n.build-staging/\n';
/** Only for `npm run fork`, which creates the repository (and commits in it) before a test can `git config` it. */
const FORK_IDENTITY = { GIT_AUTHOR_NAME: 'Head Chef', GIT_AUTHOR_EMAIL: 'chef@example.org', GIT_COMMITTER_NAME: 'Head Chef', GIT_COMMITTER_EMAIL: 'chef@example.org' };

// ───────────────────────────── processes, repositories, files ─────────────────────────────

function expectOk(ran: Ran, what: string): void {
  expect(ran.status, `${what} exited ${ran.status}:\n${ran.stdout}\n${ran.stderr}`).toBe(0);
}

/** Git in a folder; resolves with stdout (only trailing whitespace trimmed: porcelain lines start with a space). */
function gitIn(dir: string) {
  return async (...args: string[]): Promise<string> => {
    const ran = await run(dir, 'git', args);
    expect(ran.status, `git ${args.join(' ')} in ${dir}:\n${ran.stderr}`).toBe(0);
    return ran.stdout.trimEnd();
  };
}

/** Temp folders a test made, removed in its `finally`. */
class Scratch {
  readonly #dirs: string[] = [];
  async folder(purpose: string): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), `${purpose}-`));
    this.#dirs.push(dir);
    return dir;
  }
  async project(purpose: string): Promise<string> {
    const dir = await copyProject(purpose);
    this.#dirs.push(dir);
    return dir;
  }
  async cleanup(): Promise<void> {
    await Promise.all(this.#dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  }
}

/** Upstream: a committed copy of the project (code and the sample binder). */
async function upstreamRepo(scratch: Scratch): Promise<string> {
  const upstream = await scratch.project('fork-upstream');
  await writeFile(path.join(upstream, '.gitignore'), GITIGNORE);
  const git = gitIn(upstream);
  await git('init', '--quiet', '-b', 'main');
  await git('config', 'user.name', 'Corner Forno Chef');
  await git('config', 'user.email', 'forno@example.org');
  await git('add', '.');
  await git('commit', '--quiet', '-m', 'Binder');
  return upstream;
}

interface ForkIdentity {
  readonly name: string;
  readonly repository: string;
  readonly layer: string;
  readonly accent?: string;
}

/** `npm run fork` run in `source` into a new folder, upstream → `source`; node_modules linked in as `npm install` would. */
async function startFork(scratch: Scratch, source: string, fork: ForkIdentity): Promise<string> {
  const dir = path.join(await scratch.folder(`fork-${fork.layer}`), fork.layer);
  const args = [dir, '--name', fork.name, '--repository', fork.repository, '--layer', fork.layer, '--upstream', source];
  const ran = await npm(source, 'fork', fork.accent ? [...args, '--accent', fork.accent] : args, FORK_IDENTITY);
  expectOk(ran, 'npm run fork');
  expect(ran.stdout).toContain(`✓ ${fork.name}'s binder is ready in ${dir}`);
  await symlink(path.join(PROJECT_ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  const git = gitIn(dir);
  await git('config', 'user.name', 'Brooklyn Chef');
  await git('config', 'user.email', 'brooklyn@example.org');
  expect(await git('remote', 'get-url', 'upstream')).toBe(source);
  expect(await git('remote', 'get-url', 'origin')).toBe(fork.repository);
  expect(await git('status', '--porcelain', '--untracked-files=all'), 'the fork starts with everything committed').toBe('');
  return dir;
}

type Data = Record<string, any>;

/** An entry file's frontmatter and body. */
async function readEntry(file: string): Promise<{ data: Data; body: string }> {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(await readFile(file, 'utf8'));
  expect(match, `${file} has frontmatter`).not.toBeNull();
  return { data: parse(match![1]!) as Data, body: match![2]! };
}

/** Edits an entry's frontmatter as data (run `npm run format` after, as an editor's save would be). */
async function editEntry(file: string, edit: (data: Data) => void): Promise<void> {
  const { data, body } = await readEntry(file);
  edit(data);
  await writeFile(file, `---\n${stringify(data)}---\n${body}`);
}

/** The ingredient line naming `slug`. */
function ingredientLine(data: Data, slug: string): Data {
  const line = (data['ingredients'] as Data[]).find((l) => l['ingredient'] === slug);
  expect(line, `a ${slug} line`).toBeDefined();
  return line!;
}

/** Replaces one ingredient's quantity in an entry file's text, leaving the rest byte for byte. */
async function setQuantityInText(file: string, slug: string, quantity: number): Promise<void> {
  const text = await readFile(file, 'utf8');
  const changed = text.replace(new RegExp(`(ingredient: ${slug}\\n\\s+quantity: )[\\d.]+\\n`), `$1${quantity}\n`);
  expect(changed, `${file}: the ${slug} quantity was found`).not.toBe(text);
  await writeFile(file, changed);
}

/** Every file under a folder, by relative path, as a hash of its bytes. */
async function fingerprints(dir: string): Promise<Record<string, string>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const out: Record<string, string> = {};
  for (const entry of files) {
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, file)] = createHash('sha256').update(await readFile(file)).digest('hex');
  }
  return out;
}

// ───────────────────────────── the Brooklyn fork ─────────────────────────────

interface Brooklyn {
  readonly upstream: string;
  readonly fork: string;
  readonly oil: { readonly before: number; readonly after: number };
  readonly salt: { readonly before: number; readonly after: number };
  /** The step the patch names by its upstream text, and its timer before and after. */
  readonly step: { readonly index: number; readonly text: string; readonly before: number; readonly after: number };
}

/**
 * Corner Forno's binder, and Brooklyn Slice forked from it: Margherita replaced (more
 * olive oil), pizza dough patched (more salt; one step's timer, named by its text with
 * `was:`), the frittata hidden, a salad of its own added, all committed.
 */
async function brooklynFork(scratch: Scratch): Promise<Brooklyn> {
  const upstream = await upstreamRepo(scratch);
  const fork = await startFork(scratch, upstream, BROOKLYN);
  const customise = async (args: string[], written: string) => {
    const ran = await npm(fork, 'customise', args);
    expectOk(ran, `npm run customise -- ${args.join(' ')}`);
    expect(ran.stdout.trim(), 'customise prints the path it wrote').toBe(written);
    expect(ran.stderr, 'customise reports no problems').toBe('');
  };

  await customise(['recipes/margherita'], MARGHERITA_COPY);
  const upstreamMargherita = await readFile(path.join(fork, 'content/recipes/margherita.mdx'), 'utf8');
  expect(await readFile(path.join(fork, MARGHERITA_COPY), 'utf8'), 'the copy starts as upstream\'s entry').toBe(upstreamMargherita);
  const oilBefore = ingredientLine((await readEntry(path.join(fork, MARGHERITA_COPY))).data, 'extra-virgin-olive-oil')['quantity'] as number;
  const oil = { before: oilBefore, after: oilBefore + 3 };
  await setQuantityInText(path.join(fork, MARGHERITA_COPY), 'extra-virgin-olive-oil', oil.after);

  await customise(['recipes/pizza-dough', '--patch', '--reason', DOUGH_REASON], DOUGH_PATCH);
  const dough = (await readEntry(path.join(fork, 'content/recipes/pizza-dough.mdx'))).data;
  const saltBefore = ingredientLine(dough, 'fine-sea-salt')['quantity'] as number;
  const salt = { before: saltBefore, after: saltBefore + 4 };
  // A timed step with no @mentions, so rewording it upstream later changes no reference.
  const steps = dough['steps'] as Data[];
  const index = steps.findIndex((s) => typeof s['timerMinutes'] === 'number' && !String(s['text']).includes('@'));
  expect(index, 'pizza dough has a timed step without mentions').toBeGreaterThanOrEqual(0);
  const step = { index, text: steps[index]!['text'] as string, before: steps[index]!['timerMinutes'] as number, after: (steps[index]!['timerMinutes'] as number) + 10 };
  await appendFile(
    path.join(fork, DOUGH_PATCH),
    `ingredients:\n  - ingredient: fine-sea-salt\n    quantity: ${salt.after}\nsteps:\n  - was: ${JSON.stringify(step.text)}\n    timerMinutes: ${step.after}\n`,
  );

  // Its own prices: what its mozzarella costs here, what its Margherita sells for.
  await customise(['ingredients/mozzarella-fior-di-latte', '--patch', '--reason', 'Brooklyn buys from its own dairy'], MOZZARELLA_PATCH);
  await appendFile(path.join(fork, MOZZARELLA_PATCH), `cost:\n  amount: ${BROOKLYN_PRICES.mozzarella.amount}\n  per:\n    quantity: 1\n    unit: kg\n  supplier: ${BROOKLYN_PRICES.mozzarella.supplier}\n  seen: 2026-11-20\n`);
  await customise(['menu/margherita', '--patch', '--reason', 'Brooklyn prices'], MENU_PATCH);
  await appendFile(path.join(fork, MENU_PATCH), `price: ${BROOKLYN_PRICES.margherita}\n`);

  // The dish that serves the recipe comes off the menu first: a menu cannot sell a hidden recipe.
  await customise([HIDDEN_DISH, '--hide'], `${LAYER}/layer.yaml`);
  await customise([HIDDEN, '--hide'], `${LAYER}/layer.yaml`);
  expect(parse(await readFile(path.join(fork, LAYER, 'layer.yaml'), 'utf8')).hide).toEqual([HIDDEN_DISH, HIDDEN]);

  const salad = await readFile(path.join(fork, ADDED.from), 'utf8');
  const chopped = salad.replace(/^title: .*$/m, `title: ${ADDED.title}`);
  expect(chopped).not.toBe(salad);
  await writeFile(path.join(fork, ADDED.file), chopped);

  // Its Spanish: started from the original's words, translated, then pinned to them.
  expectOk(await npm(fork, 'translations', ['new', 'es', 'recipes/chopped-salad']), 'npm run translations -- new');
  const started = await readFile(path.join(fork, ADDED_IN_SPANISH.file), 'utf8');
  expect(started, 'a new translation starts from the original\'s words').toMatch(new RegExp(`^title: ${ADDED.title}$`, 'm'));
  await writeFile(path.join(fork, ADDED_IN_SPANISH.file), started.replace(/^title: .*$/m, `title: ${ADDED_IN_SPANISH.title}`));
  expectOk(await npm(fork, 'translations', ['reviewed', 'es', 'recipes/chopped-salad']), 'npm run translations -- reviewed');
  expect(await readFile(path.join(fork, ADDED_IN_SPANISH.file), 'utf8')).toMatch(/^sources:\n {2}title: [0-9a-f]{8}$/m);

  const git = gitIn(fork);
  await git('add', '--all');
  await git('commit', '--quiet', '-m', "Brooklyn's menu");
  expect(await git('status', '--porcelain', '--untracked-files=all')).toBe('');
  expect(await git('diff', '--name-only', 'HEAD~1', 'HEAD'), 'the fork changed only its layer').toBe(
    [ADDED.file, ADDED_IN_SPANISH.file, `${LAYER}/layer.yaml`, DOUGH_PATCH, MARGHERITA_COPY, MENU_PATCH, MOZZARELLA_PATCH].sort().join('\n'),
  );
  return { upstream, fork, oil, salt, step };
}

// ───────────────────────────── the sync report ─────────────────────────────

interface ReportItem {
  readonly title: string;
  readonly lines: string[];
  fix?: string;
}
interface ReportSection {
  readonly heading: string;
  readonly flagged: boolean;
  readonly items: ReportItem[];
}

/** `npm run sync`'s report, read back into sections and items (see renderSyncReport). */
function parseReport(stdout: string): ReportSection[] {
  const sections: ReportSection[] = [];
  for (const line of stdout.split('\n')) {
    if (line === '' || /^(Sync with |\(dry run|✓ |✗ )/.test(line)) continue;
    const section = sections.at(-1);
    const item = section?.items.at(-1);
    if (!line.startsWith(' ')) sections.push({ heading: line.replace(/^⚑ /, ''), flagged: line.startsWith('⚑ '), items: [] });
    else if (line.startsWith('    → ') && item) item.fix = line.slice('    → '.length);
    else if (line.startsWith('      ') && item) item.lines.push(line.slice(6));
    else if (/^ {2}\S/.test(line) && section) section.items.push({ title: line.slice(2), lines: [] });
    else throw new Error(`unexpected report line: ${JSON.stringify(line)}\n${stdout}`);
  }
  return sections;
}

function itemIn(sections: readonly ReportSection[], heading: string, title: string): ReportItem {
  const item = sections.find((s) => s.heading === heading)?.items.find((i) => i.title === title);
  expect(item, `“${title}” under “${heading}”`).toBeDefined();
  return item!;
}

const HEADINGS = {
  problems: 'Problems in the binder as it would be after the merge — nothing was merged; fix these, then sync again',
  replaces: `${UPSTREAM_NAME} changed entries this restaurant replaces`,
  patches: `${UPSTREAM_NAME} changed entries this restaurant patches`,
  hides: `${UPSTREAM_NAME} changed entries this restaurant hides`,
  added: `New in ${UPSTREAM_NAME}`,
  removed: `Removed from ${UPSTREAM_NAME}`,
} as const;

interface UpstreamMoves {
  readonly basil: { readonly before: number; readonly after: number };
  readonly water: { readonly before: number; readonly after: number };
  /** The reworded text of the step Brooklyn's patch names. */
  readonly stepText: string;
  readonly head: string;
}

/**
 * Upstream moves on, in one commit: more basil on the Margherita Brooklyn replaces,
 * more water and a reworded step in the dough Brooklyn patches, a new summary for the
 * frittata Brooklyn hides, a new recipe, and the house salad taken off the menu with its recipe.
 */
async function moveUpstream(brooklyn: Brooklyn): Promise<UpstreamMoves> {
  const { upstream } = brooklyn;
  const git = gitIn(upstream);
  // Upstream takes the salad off the menu; then nothing in the binder names the recipe it removes (git grep exits 1 when nothing matches).
  await git('rm', '--quiet', UPSTREAM_REMOVES_DISH.file);
  const unused = await run(upstream, 'git', ['grep', '-l', '-e', path.basename(UPSTREAM_REMOVES.file, '.mdx'), '--', 'content']);
  expect(unused.status, `${UPSTREAM_REMOVES.key} is used by:\n${unused.stdout}${unused.stderr}`).toBe(1);

  let basil = { before: 0, after: 0 };
  await editEntry(path.join(upstream, 'content/recipes/margherita.mdx'), (data) => {
    const line = ingredientLine(data, 'fresh-basil');
    basil = { before: line['quantity'], after: line['quantity'] + 2 };
    line['quantity'] = basil.after;
  });
  let water = { before: 0, after: 0 };
  // Words put in mid-sentence, as an editor would.
  const stepText = brooklyn.step.text.replace(/^(\S+ \S+)/, '$1 and lightly oiled');
  expect(stepText).not.toBe(brooklyn.step.text);
  await editEntry(path.join(upstream, 'content/recipes/pizza-dough.mdx'), (data) => {
    const line = ingredientLine(data, 'water');
    water = { before: line['quantity'], after: line['quantity'] + 15 };
    line['quantity'] = water.after;
    const step = (data['steps'] as Data[])[brooklyn.step.index]!;
    expect(step['text']).toBe(brooklyn.step.text);
    step['text'] = stepText;
  });
  await editEntry(path.join(upstream, 'content/recipes/spinach-frittata.mdx'), (data) => {
    data['summary'] = `${data['summary']} Upstream's new favourite breakfast.`;
  });
  // Upstream's price of mozzarella goes up; Brooklyn keeps its own.
  const mozzarella = path.join(upstream, 'content/ingredients/mozzarella-fior-di-latte.yaml');
  await writeFile(mozzarella, (await readFile(mozzarella, 'utf8')).replace(/^ {2}amount: .*$/m, '  amount: 12.4'));
  const added = await readFile(path.join(upstream, UPSTREAM_REMOVES.file), 'utf8');
  await writeFile(path.join(upstream, UPSTREAM_ADDS.file), added.replace(/^title: .*$/m, `title: ${UPSTREAM_ADDS.title}`));
  await git('rm', '--quiet', UPSTREAM_REMOVES.file);

  expectOk(await npm(upstream, 'format'), 'npm run format upstream');
  expectOk(await npm(upstream, 'check', ['--content', 'content']), 'npm run check upstream');
  await git('add', '--all');
  await git('commit', '--quiet', '-m', 'More basil, wetter dough, a new salad');
  return { basil, water, stepText, head: await git('rev-parse', 'HEAD') };
}

/** HEAD, the status (untracked files too) and no merge under way. */
async function repoState(dir: string): Promise<{ head: string; status: string; merging: boolean }> {
  const git = gitIn(dir);
  const merging = (await run(dir, 'git', ['rev-parse', '-q', '--verify', 'MERGE_HEAD'])).status === 0;
  return { head: await git('rev-parse', 'HEAD'), status: await git('status', '--porcelain', '--untracked-files=all'), merging };
}

// ───────────────────────────── the built site ─────────────────────────────

/** The results of a search on the built site, once the search has answered. */
async function search(page: Page, url: string, query: string) {
  await page.goto(`${url}/search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('[data-status]')).toHaveText(/result|Nothing found/);
  return page.locator('[data-results] > li');
}

/** A line's quantity on a built recipe page (a dough's baker's-percentage column skipped). */
function quantityOn(html: string, slug: string): string | undefined {
  return new RegExp(`<tr id="ingredient-\\d+"[^>]*><td class="qty"[^>]*>([^<]*)</td>(?:<td class="qty">[^<]*</td>)?<td><a href="/ingredients/${slug}/">`).exec(html)?.[1];
}

/** The chain of binders on a built credits page, as text, in order. */
function lineageOn(html: string): string[] {
  const list = /<ol class="lineage"[^>]*>([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
  return [...list.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((match) => match[1]!.replace(/<[^>]+>/g, '').trim());
}

// ───────────────────────────── the tests ─────────────────────────────

test('a fork replaces, patches, hides and adds entries in its layer; it checks, builds and reads right in the browser', async ({ page }) => {
  test.setTimeout(600_000);
  const scratch = new Scratch();
  let server: Preview | undefined;
  try {
    const brooklyn = await test.step('fork and customise', () => brooklynFork(scratch));
    const { fork } = brooklyn;

    await test.step('a recipe page imported into the fork\'s layer, every line matched to the catalogue', async () => {
      const imported = await npm(fork, 'import', [IMPORTED.page, '--station', 'oven', '--course', 'side']);
      expectOk(imported, 'npm run import');
      expect(imported.stdout).toContain(`→ ${IMPORTED.file}`);
      expect(imported.stdout).toContain('Imported valid: 1 · needing confirmation: 0 · refused: 0');
      expect(await readFile(path.join(fork, IMPORTED.file), 'utf8')).toMatch(/^source:\n {2}url: https:\/\/redhook-home-cooking\.example\/recipes\/garlic-bread$/m);
    });

    await test.step('the merged binder checks and builds', async () => {
      const check = await npm(fork, 'check', ['--content', 'content']);
      expectOk(check, 'npm run check');
      expect(check.stdout).toMatch(/✓ binder: \d+ files valid/);
      const build = await npm(fork, 'build');
      expectOk(build, 'npm run build');
      expect(build.stdout).toMatch(/✓ built \d+ pages/);
      console.log(`fork.spec: the fork's \`npm run build\` took ${build.seconds.toFixed(1)} s (wall)`);
    });

    server = await servePreview(fork);
    const { url } = server;

    await test.step('the fork\'s identity: its name in the header, its accent, its place in the credits', async () => {
      await page.goto(`${url}/`);
      await expect(page.locator('header .brand')).toHaveText(BROOKLYN.name);
      const theme = await page.request.get(`${url}/theme.css`);
      expect(theme.ok()).toBe(true);
      expect(await theme.text()).toContain(`--brand:${BROOKLYN.accent}`); // the identity's accent; --accent is derived from it per theme, for contrast
      await page.goto(`${url}/credits/`);
      await expect(page.locator('ol.lineage > li')).toHaveText([
        new RegExp(`^${UPSTREAM_NAME} \\(repository\\) — the original binder$`),
        new RegExp(`^${BROOKLYN.name} \\(repository\\) — this binder$`),
      ]);
    });

    await test.step('the replaced Margherita says it is a local variant, and what differs', async () => {
      await page.goto(`${url}/recipes/margherita/`);
      const note = page.locator('aside.variant-note');
      await expect(note).toContainText(`Local variant of Margherita, adapted from ${UPSTREAM_NAME}`);
      await expect(note.getByRole('listitem')).toHaveText([`Extra-virgin olive oil: ${brooklyn.oil.before} g → ${brooklyn.oil.after} g`]);
      await expect(page.locator('tr', { has: page.getByRole('link', { name: 'Extra-virgin olive oil', exact: true }) }).locator('td.qty')).toHaveText(`${brooklyn.oil.after} g`);
    });

    await test.step('the patched dough gives its reason and its two changes', async () => {
      await page.goto(`${url}/recipes/pizza-dough/`);
      const note = page.locator('aside.variant-note');
      await expect(note).toContainText(`Local variant of Pizza dough, adapted from ${UPSTREAM_NAME}`);
      await expect(note).toContainText(`Why here: ${DOUGH_REASON}`);
      await expect(note.getByRole('listitem')).toHaveText([
        `Fine sea salt: ${brooklyn.salt.before} g → ${brooklyn.salt.after} g`,
        `Step ${brooklyn.step.index + 1} timer: ${brooklyn.step.before} min → ${brooklyn.step.after} min`,
      ]);
    });

    await test.step('the imported recipe reads with its credit and licence', async () => {
      const response = await page.goto(`${url}/recipes/${IMPORTED.slug}/`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(IMPORTED.title);
      await expect(page.locator('.recipe-source')).toHaveText('Adapted from redhook-home-cooking.example · by Dana Ortiz · used under creativecommons.org/licenses/by-sa/4.0');
      await expect(page.locator('.recipe-source a[rel~="license"]')).toHaveAttribute('href', 'https://creativecommons.org/licenses/by-sa/4.0/');
      // Its lines are the catalogue's: the sub-recipe links to the fork's own dough.
      await expect(page.locator('table.ingredients a[href^="/recipes/pizza-dough/"]')).toBeVisible();
    });

    await test.step('the added salad is the restaurant\'s own', async () => {
      const response = await page.goto(`${url}/recipes/chopped-salad/`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(ADDED.title);
      await expect(page.locator('.variant-note')).toHaveText(`${BROOKLYN.name}'s own recipe: not in ${UPSTREAM_NAME}'s binder.`);
      await page.goto(`${url}/recipes/`);
      await expect(page.getByRole('link', { name: ADDED.title, exact: true })).toBeVisible();
    });

    await test.step('in Spanish, the restaurant\'s own salad reads its own translation, and its copied Margherita upstream\'s', async () => {
      await page.goto(`${url}/es/recipes/chopped-salad/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(ADDED_IN_SPANISH.title);
      await page.goto(`${url}/es/recipes/margherita/`);
      await expect(page.locator('ol.steps > li').first()).toContainText('Enharina ligeramente la mesa.');
      await expect(page.locator('tr', { has: page.getByRole('link', { name: 'Aceite de oliva extra virgen', exact: true }) }).locator('td.qty')).toHaveText(`${brooklyn.oil.after} g`);
    });

    await test.step('the menu costs at the restaurant\'s own prices: its mozzarella, its Margherita\'s price, upstream\'s for the rest', async () => {
      const check = await checkBinder(path.join(fork, 'content'));
      expect(check.problems).toEqual([]);
      const binder: Binder = { site: check.site!, ...check.entries };
      expect(binder.ingredients.get('mozzarella-fior-di-latte')!.cost).toMatchObject(BROOKLYN_PRICES.mozzarella);
      const rows = menuSections(binder.menu, binder, binder.site.currency, binder.site.costing?.targetFoodCostPercent, 'en-US').flatMap((section) => section.rows);
      const margherita = rows.find((row) => row.id === 'margherita')!;
      expect(margherita.item.price).toBe(BROOKLYN_PRICES.margherita);
      await page.goto(`${url}/menu/`);
      const row = page.locator('tr[data-menu-item="margherita"] td');
      const usd = (amount: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(amount);
      await expect(row.nth(0)).toHaveText(usd(BROOKLYN_PRICES.margherita));
      await expect(row.nth(1)).toHaveText(usd(margherita.costing.plateCost.amount));
      await expect(page.locator('tr[data-menu-item="spinach-frittata"]'), 'the hidden recipe\'s dish is off the menu').toHaveCount(0);
      await page.goto(`${url}/menu/margherita/`);
      await expect(page.locator('aside.variant-note').getByRole('listitem')).toHaveText([`price: 16 → ${BROOKLYN_PRICES.margherita}`]);
      await page.goto(`${url}/ingredients/mozzarella-fior-di-latte/`);
      await expect(page.locator('.facts', { hasText: 'Supplier' })).toContainText(`Supplier${BROOKLYN_PRICES.mozzarella.supplier}`);
      // The morning's order buys the mozzarella from the restaurant's own supplier, at its price, in its 1 kg packs.
      await page.goto(`${url}/prep/`);
      await page.locator('[data-on-hand="ingredients/mozzarella-fior-di-latte"]').fill('0');
      const mozzarella = page.locator('[data-order] h3', { hasText: BROOKLYN_PRICES.mozzarella.supplier }).locator('+ .table-wrap [data-order-line="mozzarella-fior-di-latte"]');
      await expect(mozzarella.locator('[data-packs]')).toHaveText(/^\d+ × 1 kg$/);
      const packs = Number((await mozzarella.locator('[data-packs]').textContent())!.split(' ')[0]);
      await expect(mozzarella.locator('td').last()).toHaveText(usd(packs * BROOKLYN_PRICES.mozzarella.amount));
    });

    await test.step('the hidden frittata is nowhere: no page, not listed, not in the allergen matrix, not found', async () => {
      const response = await page.goto(`${url}/${HIDDEN}/`);
      expect(response?.status()).toBe(404);
      await page.goto(`${url}/recipes/`);
      await expect(page.getByRole('link', { name: 'Margherita', exact: true })).toBeVisible();
      await expect(page.getByRole('link', { name: HIDDEN_TITLE })).toHaveCount(0);
      await expect(page.locator(`a[href="/${HIDDEN}/"]`)).toHaveCount(0);
      await page.goto(`${url}/allergens/`);
      await expect(page.locator('tbody tr', { hasText: 'Margherita' })).toHaveCount(1);
      await expect(page.locator('tbody tr', { hasText: HIDDEN_TITLE })).toHaveCount(0);

      const frittata = await search(page, url, 'frittata');
      await expect(frittata.filter({ hasText: HIDDEN_TITLE })).toHaveCount(0);
      await expect(frittata.locator(`a[href*="/${HIDDEN}/"]`)).toHaveCount(0);
      const margherita = await search(page, url, 'margherita');
      await expect(margherita.filter({ has: page.getByRole('link', { name: 'Margherita', exact: true }) })).toBeVisible();
      // No page of the fork's site links to it.
      const pages = (await readdir(path.join(fork, 'dist'), { recursive: true })).filter((file) => file.endsWith('.html'));
      const linking: string[] = [];
      for (const file of pages) if ((await readFile(path.join(fork, 'dist', file), 'utf8')).includes(`/${HIDDEN}/`)) linking.push(file);
      expect(linking).toEqual([]);
    });
  } finally {
    await server?.stop();
    await scratch.cleanup();
  }
});

test('sync reports upstream\'s changes against the layer, refuses a merged binder that fails its check, then merges without touching the layer', async () => {
  test.setTimeout(600_000);
  const scratch = new Scratch();
  try {
    const brooklyn = await brooklynFork(scratch);
    const { fork } = brooklyn;
    const git = gitIn(fork);
    const moves = await moveUpstream(brooklyn);
    const margheritaCopy = await readFile(path.join(fork, MARGHERITA_COPY), 'utf8');
    const stepLine = (await readFile(path.join(fork, DOUGH_PATCH), 'utf8')).split('\n').findIndex((line) => line.includes('- was: ')) + 1;

    await test.step('the dry run flags what touches the layer first, in order, then the rest', async () => {
      const before = await repoState(fork);
      const dry = await npm(fork, 'sync', ['--dry-run']);
      expectOk(dry, 'npm run sync -- --dry-run');
      expect(dry.stdout).toMatch(new RegExp(`^Sync with ${UPSTREAM_NAME}: [0-9a-f]{7}\\.\\.${moves.head.slice(0, 7)}\\n`));
      expect(dry.stdout).toMatch(/\n\(dry run: nothing was merged; a sync now would be refused until the problems above are fixed; [\d.]+ s\)\n$/);
      const report = parseReport(dry.stdout);
      // Exactly these sections, in this order, each with exactly these entries.
      expect(report.map((s) => [s.flagged ? '⚑' : ' ', s.heading, s.items.map((i) => i.title.replace(/:\d+: .*/, ':…'))])).toEqual([
        ['⚑', HEADINGS.problems, [`${DOUGH_PATCH}:…`]],
        ['⚑', HEADINGS.replaces, ['Margherita (recipes/margherita)']],
        ['⚑', HEADINGS.patches, ['Pizza dough (recipes/pizza-dough)', 'Mozzarella (fior di latte) (ingredients/mozzarella-fior-di-latte)']],
        ['⚑', HEADINGS.hides, [`${HIDDEN_TITLE} (${HIDDEN})`]],
        [' ', HEADINGS.added, [`${UPSTREAM_ADDS.title} (recipes/panzanella)`]],
        [' ', HEADINGS.removed, [`${UPSTREAM_REMOVES.title} (${UPSTREAM_REMOVES.key})`, `${UPSTREAM_REMOVES_DISH.title} (${UPSTREAM_REMOVES_DISH.key})`]],
      ]);
      // The same order, read straight off the output.
      const at = Object.values(HEADINGS).map((heading) => dry.stdout.indexOf(`${heading}\n`));
      expect(at.every((index) => index >= 0), 'every heading is printed').toBe(true);
      expect(at, 'headings in order').toEqual([...at].sort((a, b) => a - b));

      const [problem] = report[0]!.items;
      expect(problem!.title).toMatch(new RegExp(`^${DOUGH_PATCH}:${stepLine}: steps\\.0\\.was: the item “[^”]+” is no longer upstream: upstream removed or reworded it — .*set \`was:\` to the upstream text as it is now`));
      const margherita = itemIn(report, HEADINGS.replaces, 'Margherita (recipes/margherita)');
      expect(margherita.lines).toEqual([`Fresh basil: ${moves.basil.before} g → ${moves.basil.after} g`]);
      expect(margherita.fix).toContain(`your copy (${MARGHERITA_COPY}) does not follow upstream`);
      const dough = itemIn(report, HEADINGS.patches, 'Pizza dough (recipes/pizza-dough)');
      expect(dough.lines).toHaveLength(2);
      expect(dough.lines[0]).toBe(`Water: ${moves.water.before} g → ${moves.water.after} g`);
      expect(dough.lines[1]).toMatch(new RegExp(`^Step ${brooklyn.step.index + 1}: “.+” → “.+”$`));
      expect(dough.fix).toContain(`your patch (${DOUGH_PATCH}) is applied over the new version`);
      // Upstream's new price is reported against Brooklyn's own, which stays.
      const mozzarella = itemIn(report, HEADINGS.patches, 'Mozzarella (fior di latte) (ingredients/mozzarella-fior-di-latte)');
      expect(mozzarella.lines).toEqual(['cost.amount: 11.5 → 12.4']);
      expect(mozzarella.fix).toContain(`your patch (${MOZZARELLA_PATCH}) is applied over the new version`);
      const frittata = itemIn(report, HEADINGS.hides, `${HIDDEN_TITLE} (${HIDDEN})`);
      expect(frittata.lines).toEqual([expect.stringMatching(/^summary: “.+” → “.+”$/)]);
      expect(frittata.fix).toBe('still hidden here; unhide it in layer.yaml if it is worth serving now');
      expect(await repoState(fork), 'a dry run changes nothing').toEqual(before);
    });

    await test.step('the sync is refused while the patch names a step upstream reworded, and nothing changes', async () => {
      const before = await repoState(fork);
      const layer = await fingerprints(path.join(fork, 'layers'));
      const refused = await npm(fork, 'sync');
      expect(refused.status, `${refused.stdout}\n${refused.stderr}`).toBe(1);
      expect(refused.stdout).toMatch(/✗ not merged: fix the problems above .*, then sync again\. Nothing was changed/);
      expect(parseReport(refused.stdout)[0]!.heading).toBe(HEADINGS.problems);
      expect(await repoState(fork)).toEqual(before);
      expect(await fingerprints(path.join(fork, 'layers'))).toEqual(layer);
    });

    await test.step('with the patch naming the new text, the sync merges upstream and leaves the layer alone', async () => {
      const patch = await readFile(path.join(fork, DOUGH_PATCH), 'utf8');
      const fixed = patch.replace(`was: ${JSON.stringify(brooklyn.step.text)}`, `was: ${JSON.stringify(moves.stepText)}`);
      expect(fixed).not.toBe(patch);
      // Left uncommitted: the layer may be (staged or not, see below).
      await writeFile(path.join(fork, DOUGH_PATCH), fixed);
      const oldHead = await git('rev-parse', 'HEAD');
      const layer = await fingerprints(path.join(fork, 'layers'));

      const synced = await npm(fork, 'sync');
      console.log(`fork.spec: the successful \`npm run sync\` took ${synced.seconds.toFixed(1)} s (wall)`);
      expectOk(synced, 'npm run sync');
      expect(synced.stdout).toMatch(new RegExp(`\\n✓ merged ${UPSTREAM_NAME}'s changes \\([0-9a-f]{7}\\); the merged binder passes every check`));
      expect(parseReport(synced.stdout).map((s) => s.heading), 'the report, without the problem').toEqual(Object.values(HEADINGS).slice(1));

      const head = await git('rev-parse', 'HEAD');
      expect(head).not.toBe(oldHead);
      expect((await git('log', '-1', '--format=%P', 'HEAD')).split(' '), 'a merge of the old HEAD and upstream\'s head').toEqual([oldHead, moves.head]);
      expect(await git('log', '-1', '--format=%s', 'HEAD')).toMatch(new RegExp(`^Sync with ${UPSTREAM_NAME} \\([0-9a-f]{7}\\.\\.${moves.head.slice(0, 7)}\\)$`));
      expect((await git('diff', '--name-only', '--no-renames', oldHead, 'HEAD')).split('\n'), 'only upstream\'s files changed').toEqual(
        [UPSTREAM_REMOVES_DISH.file, 'content/ingredients/mozzarella-fior-di-latte.yaml', 'content/recipes/house-salad.mdx', 'content/recipes/margherita.mdx', UPSTREAM_ADDS.file, 'content/recipes/pizza-dough.mdx', 'content/recipes/spinach-frittata.mdx'].sort(),
      );
      expect(await git('status', '--porcelain', '--untracked-files=all'), 'only the layer edit, still uncommitted').toBe(` M ${DOUGH_PATCH}`);
      expect(await fingerprints(path.join(fork, 'layers')), 'the layer is untouched').toEqual(layer);
      expect(await readFile(path.join(fork, MARGHERITA_COPY), 'utf8'), 'the replaced Margherita, as it was').toBe(margheritaCopy);
      // Upstream's changes are in the working tree, and the merged binder checks.
      expect(ingredientLine((await readEntry(path.join(fork, 'content/recipes/pizza-dough.mdx'))).data, 'water')['quantity']).toBe(moves.water.after);
      expectOk(await npm(fork, 'check', ['--content', 'content']), 'npm run check after the merge');
    });

    await test.step('a second sync has nothing to do', async () => {
      const before = await repoState(fork);
      const again = await npm(fork, 'sync');
      expectOk(again, 'the second npm run sync');
      expect(again.stdout).toMatch(new RegExp(`^✓ already up to date with ${UPSTREAM_NAME} \\(`));
      expect(await repoState(fork)).toEqual(before);
    });
  } finally {
    await scratch.cleanup();
  }
});

// git merges only with nothing staged: sync sets the layer's staged entries aside and puts them back.
test('a staged edit in the layer is allowed too: sync merges and leaves it staged', async () => {
  const scratch = new Scratch();
  try {
    const upstream = await upstreamRepo(scratch);
    const fork = await startFork(scratch, upstream, BROOKLYN);
    const git = gitIn(fork);
    expectOk(await npm(fork, 'customise', ['recipes/pizza-dough', '--patch']), 'npm run customise -- recipes/pizza-dough --patch');
    await appendFile(path.join(fork, DOUGH_PATCH), 'ingredients:\n  - ingredient: fine-sea-salt\n    quantity: 46\n');
    await git('add', '--all');
    await git('commit', '--quiet', '-m', 'Saltier dough');
    await setQuantityInText(path.join(upstream, 'content/recipes/margherita.mdx'), 'fresh-basil', 4);
    await gitIn(upstream)('commit', '--quiet', '--all', '-m', 'A little more basil');
    await setQuantityInText(path.join(fork, DOUGH_PATCH), 'fine-sea-salt', 47);
    await git('add', DOUGH_PATCH);
    const oldHead = await git('rev-parse', 'HEAD');

    const dry = await npm(fork, 'sync', ['--dry-run']);
    expectOk(dry, 'npm run sync -- --dry-run');
    expect(dry.stdout).toContain('a sync now would merge cleanly');
    const synced = await npm(fork, 'sync');
    expect(synced.stderr).toBe('');
    expectOk(synced, 'npm run sync');
    expect((await git('log', '-1', '--format=%P', 'HEAD')).split(' ')).toEqual([oldHead, await gitIn(upstream)('rev-parse', 'HEAD')]);
    expect(await git('status', '--porcelain', '--untracked-files=all'), 'only the layer edit, still staged').toBe(`M  ${DOUGH_PATCH}`);
  } finally {
    await scratch.cleanup();
  }
});

// jsdiff leaves the space around an insertion on one side: each quoted side must still read as written.
test('the sync report quotes upstream\'s old and new wording as they were', async () => {
  test.setTimeout(300_000);
  const scratch = new Scratch();
  try {
    const upstream = await upstreamRepo(scratch);
    const fork = await startFork(scratch, upstream, BROOKLYN);
    /** The wording before and after, by the report's item title. */
    const texts = new Map<string, { before: string; after: string }>();
    await editEntry(path.join(upstream, 'content/recipes/pizza-dough.mdx'), (data) => {
      // A step without mentions (they are quoted by name), with words put in before a comma.
      const step = (data['steps'] as Data[]).find((s) => /^[^@]*,[^@]*$/.test(String(s['text'])));
      expect(step, 'a step with a comma and no mentions').toBeDefined();
      const before = String(step!['text']);
      step!['text'] = before.replace(',', ' here,');
      texts.set('Pizza dough (recipes/pizza-dough)', { before, after: step!['text'] });
    });
    await editEntry(path.join(upstream, 'content/recipes/marinara.mdx'), (data) => {
      const before = String(data['summary']);
      data['summary'] = before.replace(/^(\S+ \S+)/, '$1, golden');
      texts.set('Marinara (recipes/marinara)', { before, after: data['summary'] });
    });
    expectOk(await npm(upstream, 'format'), 'npm run format upstream');
    await gitIn(upstream)('commit', '--quiet', '--all', '-m', 'Reword');

    const dry = await npm(fork, 'sync', ['--dry-run']);
    expectOk(dry, 'npm run sync -- --dry-run');
    const items = parseReport(dry.stdout).flatMap((s) => s.items);
    const normal = (text: string) => text.replace(/\s+/g, ' ');
    const pieces = (quote: string) => quote.split('…').map((p) => p.trim()).filter(Boolean);
    for (const [title, wording] of texts) {
      const lines = items.find((i) => i.title === title)?.lines ?? [];
      const quoted = lines.map((line) => /“(.*)” → “(.*)”$/.exec(line)).filter((m) => m !== null);
      expect(quoted, `${title}: one quoted rewording in\n${dry.stdout}`).toHaveLength(1);
      // Each side, its "…" left out, is a piece of the wording as it was (or is).
      for (const piece of pieces(quoted[0]![1]!)) expect(normal(wording.before), `old wording: ${quoted[0]![0]}`).toContain(piece);
      for (const piece of pieces(quoted[0]![2]!)) expect(normal(wording.after), `new wording: ${quoted[0]![0]}`).toContain(piece);
    }
  } finally {
    await scratch.cleanup();
  }
});

test('a sync that cannot fetch upstream changes nothing', async () => {
  const scratch = new Scratch();
  try {
    const upstream = await upstreamRepo(scratch);
    const fork = await startFork(scratch, upstream, BROOKLYN);
    await gitIn(fork)('remote', 'set-url', 'upstream', '/nonexistent/path');
    const before = await repoState(fork);
    const tracking = await gitIn(fork)('rev-parse', 'refs/remotes/upstream/main');
    const layer = await fingerprints(path.join(fork, 'layers'));

    const sync = await npm(fork, 'sync');
    expect(sync.status, `${sync.stdout}\n${sync.stderr}`).toBe(1);
    expect(sync.stderr).toMatch(/^✗ could not fetch `main` from `upstream` \(.*\/nonexistent\/path.*\) — .*nothing was changed\n$/);
    expect(await repoState(fork)).toEqual(before);
    expect(await gitIn(fork)('rev-parse', 'refs/remotes/upstream/main')).toBe(tracking);
    expect(await fingerprints(path.join(fork, 'layers'))).toEqual(layer);
  } finally {
    await scratch.cleanup();
  }
});

/** A fork that edited content/recipes/marinara.mdx itself, committed, and an upstream that moved on. */
async function forkWithDirectEdit(scratch: Scratch): Promise<{ fork: string; base: string }> {
  const upstream = await upstreamRepo(scratch);
  const fork = await startFork(scratch, upstream, BROOKLYN);
  const base = await gitIn(fork)('rev-parse', 'upstream/main');
  await setQuantityInText(path.join(fork, 'content/recipes/marinara.mdx'), 'garlic', 9);
  await gitIn(fork)('commit', '--quiet', '--all', '-m', 'More garlic, straight in content/');
  await setQuantityInText(path.join(upstream, 'content/recipes/margherita.mdx'), 'fresh-basil', 4);
  await gitIn(upstream)('commit', '--quiet', '--all', '-m', 'A little more basil');
  return { fork, base };
}

test('a fork that edited an upstream file directly is refused, with the command that moves the edit into its layer', async () => {
  const scratch = new Scratch();
  try {
    const { fork, base } = await forkWithDirectEdit(scratch);
    const before = await repoState(fork);
    const sync = await npm(fork, 'sync');
    expect(sync.status, `${sync.stdout}\n${sync.stderr}`).toBe(1);
    expect(sync.stderr).toContain("this binder edits 1 of upstream's files directly, which would conflict with upstream; nothing was merged");
    expect(sync.stderr).toContain('\n  content/recipes/marinara.mdx\n');
    expect(sync.stderr).toContain(`    → npm run customise -- recipes/marinara && git checkout ${base.slice(0, 7)} -- content/recipes/marinara.mdx`);
    expect(await repoState(fork)).toEqual(before);
  } finally {
    await scratch.cleanup();
  }
});

// The printed command must commit the layer's new copy as well as the restored upstream file.
test('following the printed command moves the direct edit into the layer, committed, and the sync then merges', async () => {
  const scratch = new Scratch();
  try {
    const { fork } = await forkWithDirectEdit(scratch);
    const refused = await npm(fork, 'sync');
    expect(refused.status).toBe(1);
    const command = /\n {4}→ (npm run customise -- recipes\/marinara .*)\n/.exec(refused.stderr)?.[1];
    expect(command, refused.stderr).toBeDefined();
    expectOk(await run(fork, 'sh', ['-c', command!]), command!);
    const copy = `${LAYER}/recipes/marinara.mdx`;
    expect(ingredientLine((await readEntry(path.join(fork, copy))).data, 'garlic')['quantity'], 'the edit is in the layer').toBe(9);
    expect(await gitIn(fork)('status', '--porcelain', '--untracked-files=all'), 'everything committed').toBe('');
    expect(await gitIn(fork)('ls-files', copy)).toBe(copy);
    expectOk(await npm(fork, 'sync'), 'npm run sync after the move');
  } finally {
    await scratch.cleanup();
  }
});

test('a fork of the fork builds with both layers, and credits all three binders in order', async () => {
  test.setTimeout(600_000);
  const scratch = new Scratch();
  try {
    const brooklyn = await test.step('the franchise', () => brooklynFork(scratch));
    const location = await test.step('the location, forked from the franchise', () => startFork(scratch, brooklyn.fork, PARK_SLOPE));
    const locationLayer = `layers/${PARK_SLOPE.layer}`;
    expect(parse(await readFile(path.join(location, locationLayer, 'layer.yaml'), 'utf8')).extends).toBe(BROOKLYN.layer);

    const basil = ingredientLine((await readEntry(path.join(location, MARGHERITA_COPY))).data, 'fresh-basil')['quantity'] as number;
    const reason = 'Park Slope likes it greener';
    await test.step('the location patches the Margherita the franchise replaced', async () => {
      const ran = await npm(location, 'customise', ['recipes/margherita', '--patch', '--reason', reason]);
      expectOk(ran, 'npm run customise -- recipes/margherita --patch');
      expect(ran.stdout.trim()).toBe(`${locationLayer}/patches/recipes/margherita.yaml`);
      await appendFile(path.join(location, ran.stdout.trim()), `ingredients:\n  - ingredient: fresh-basil\n    quantity: ${basil + 4}\n`);
      expectOk(await npm(location, 'check', ['--content', 'content']), 'npm run check in the location');
      const build = await npm(location, 'build');
      expectOk(build, 'npm run build in the location');
      console.log(`fork.spec: the fork of the fork's \`npm run build\` took ${build.seconds.toFixed(1)} s (wall)`);
    });

    await test.step('its pages show both layers', async () => {
      const page = (file: string) => readFile(path.join(location, 'dist', file), 'utf8');
      const margherita = await page('recipes/margherita/index.html');
      expect(quantityOn(margherita, 'fresh-basil'), "the location's patch").toBe(`${basil + 4} g`);
      expect(quantityOn(margherita, 'extra-virgin-olive-oil'), "the franchise's copy").toBe(`${brooklyn.oil.after} g`);
      const note = /<aside class="variant-note"[\s\S]*?<\/aside>/.exec(margherita)?.[0] ?? '';
      expect(note).toContain(`adapted from ${BROOKLYN.name} under`);
      expect(note).toContain(`Why here: ${reason}`);
      expect(note).toContain(`<li>Fresh basil: ${basil} g → ${basil + 4} g</li>`);
      expect(quantityOn(await page('recipes/pizza-dough/index.html'), 'fine-sea-salt'), "the franchise's patch").toBe(`${brooklyn.salt.after} g`);
      expect(await page('recipes/chopped-salad/index.html')).toContain(ADDED.title);
      await expect(readFile(path.join(location, 'dist', HIDDEN, 'index.html')), "hidden by the franchise").rejects.toThrow(/ENOENT/);
      expect(await page('index.html')).toContain(`<a class="brand" href="/">${PARK_SLOPE.name}</a>`);
      expect(lineageOn(await page('credits/index.html'))).toEqual([
        `${UPSTREAM_NAME} (repository) — the original binder`,
        `${BROOKLYN.name} (repository)`,
        `${PARK_SLOPE.name} (repository) — this binder`,
      ]);
    });
  } finally {
    await scratch.cleanup();
  }
});

test('when upstream renames a field a patch uses, sync names the patch, the field and the new name, and merges nothing', async () => {
  test.setTimeout(300_000);
  const scratch = new Scratch();
  try {
    const upstream = await upstreamRepo(scratch);
    const fork = await startFork(scratch, upstream, BROOKLYN);
    const patched = await npm(fork, 'customise', ['recipes/pizza-dough', '--patch', '--reason', 'A shorter hands-on time here']);
    expectOk(patched, 'npm run customise -- recipes/pizza-dough --patch');
    await appendFile(path.join(fork, DOUGH_PATCH), 'prepMinutes: 20\n');
    expectOk(await npm(fork, 'check', ['--content', 'content']), 'npm run check with the patch');
    const git = gitIn(fork);
    await git('add', LAYER);
    await git('commit', '--quiet', '-m', 'Brooklyn preps faster');

    // Upstream renames the field in its schema and in every recipe: code and content in one commit.
    const upstreamGit = gitIn(upstream);
    const files = [path.join('src', 'schemas', 'recipe.ts'), ...(await readdir(path.join(upstream, 'content', 'recipes'))).map((name) => path.join('content', 'recipes', name))];
    for (const file of files) {
      const text = await readFile(path.join(upstream, file), 'utf8');
      await writeFile(path.join(upstream, file), text.replaceAll('prepMinutes', 'handsOnMinutes'));
    }
    await upstreamGit('commit', '--quiet', '-am', 'prepMinutes is now handsOnMinutes');

    const before = await repoState(fork);
    const report = await npm(fork, 'sync', ['--dry-run']);
    expectOk(report, 'npm run sync -- --dry-run');
    // The merged binder is checked by upstream's new schema, whose fields the fix lists.
    const problem = report.stdout.split('\n').find((line) => line.includes(`${DOUGH_PATCH}:`));
    expect(problem, report.stdout).toMatch(/^ {2}layers\/brooklyn\/patches\/recipes\/pizza-dough\.yaml:\d+: prepMinutes: `prepMinutes` is not a field here \(rule: unknown-field\) — remove it; the fields here are .*`handsOnMinutes`/);
    // Upstream's own entries, unreadable by its new rules at the old revision, are said so rather than listed blank.
    expect(report.stdout).toContain('  Margherita (recipes/margherita)\n      Recipe not compared: its file has problems in base');
    const sync = await npm(fork, 'sync');
    expect(sync.status, sync.stdout + sync.stderr).toBe(1);
    expect(sync.stdout).toContain('✗ not merged');
    expect(await repoState(fork)).toEqual(before);
  } finally {
    await scratch.cleanup();
  }
});
