/**
 * No execution during the build: payloads that would run code on the build machine
 * (an MDX `export`, an `import` of node:fs, a `{…}` expression, a YAML custom tag) are
 * refused by `npm run build` before Astro compiles anything. Each payload is shown to
 * be real: the same JavaScript run by node writes its marker file, and one payload is
 * built by bare Astro with its MDX integration (the binder's gate and layered loader
 * taken out) to show Astro would run it; the site itself never compiles a body.
 * Then the whole hostile corpus is built at once, its payloads pointed at a marker in
 * the test's own folder: the build is refused naming every file by its rule, and
 * writes no marker and no site. (Each file alone is refused by the checker in
 * tests/unit/hostile-content.test.ts; a file that moves a whole folder is built alone.)
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { HOSTILE_CASES, placeHostileCase, type HostileCase } from '../support/hostile-cases.ts';
import { INNOCENT_RECIPE_FRONTMATTER } from '../support/innocent-recipe.ts';
import { run as runCommand, type Ran } from '../support/processes.ts';
import { copyProject } from '../support/project-copy.ts';

const RECIPE_FRONTMATTER = INNOCENT_RECIPE_FRONTMATTER;

/** JavaScript that writes `marker`: the heart of every payload. */
const writeMarker = (marker: string) => `process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marker)}, 'pwned')`;

interface Payload {
  readonly name: string;
  /** Path under content/ and its text. */
  readonly file: string;
  readonly text: (marker: string) => string;
  /** The same code as a standalone ES module, for the control run. */
  readonly control: (marker: string) => string;
  readonly rule: string;
}

const PAYLOADS: Payload[] = [
  {
    name: 'an MDX export that writes a file',
    file: 'recipes/innocent-focaccia.mdx',
    text: (marker) => `${RECIPE_FRONTMATTER}\nKnead until smooth.\n\nexport const pwned = ${writeMarker(marker)}\n`,
    control: (marker) => `export const pwned = ${writeMarker(marker)}`,
    rule: 'mdx-import-export',
  },
  {
    name: 'an import of node:fs used in an expression',
    file: 'recipes/innocent-focaccia.mdx',
    text: (marker) =>
      `${RECIPE_FRONTMATTER}\nimport { writeFileSync } from 'node:fs'\n\nKnead until {writeFileSync(${JSON.stringify(marker)}, 'pwned')} smooth.\n`,
    control: (marker) => `import { writeFileSync } from 'node:fs'; writeFileSync(${JSON.stringify(marker)}, 'pwned')`,
    rule: 'mdx-import-export',
  },
  {
    name: 'an expression calling process',
    file: 'procedures/innocent-wipe-down.mdx',
    text: (marker) =>
      `---\ntitle: Wipe down\nsummary: Looks like any other procedure.\nkind: cleaning\nfrequency: daily\nroles:\n  - Closing cook\nminutes: 5\nsteps:\n  - text: Wipe the bench.\n---\n\nWipe with {${writeMarker(marker)}} sanitiser.\n`,
    control: (marker) => writeMarker(marker),
    rule: 'mdx-expression',
  },
  {
    name: 'a YAML custom tag carrying a function',
    file: 'ingredients/innocent-salt.yaml',
    text: (marker) => `name: !!js/function "function () { ${writeMarker(marker).replace(/"/g, '\\"')} }"\ncategory: dry-goods\nstorage:\n  zone: dry\n`,
    control: (marker) => `(function () { ${writeMarker(marker)} })()`,
    rule: 'yaml-tag',
  },
];

/** A copy of the project with the sample binder and node_modules linked in; returns its root. */
const projectCopy = () => copyProject('hostile-build');

const run = (command: string, args: string[], cwd: string) => runCommand(cwd, command, args);

/** Asserts a `npm run build` in `project` was refused and left nothing behind: no marker, no site, no staging folder. */
function expectRefusedWithoutTrace(build: Ran, project: string, marker: string): void {
  expect(build.status, build.output).not.toBe(0);
  expect(build.output).toContain('nothing was built');
  expect(existsSync(marker)).toBe(false);
  expect(existsSync(path.join(project, 'dist'))).toBe(false);
  expect(existsSync(path.join(project, '.build-staging'))).toBe(false);
}

/** Runs `npm run build` in `project` and asserts it was refused without a trace. */
async function buildRefusedWithoutTrace(project: string, marker: string): Promise<Ran> {
  const build = await run('npm', ['run', 'build'], project);
  expectRefusedWithoutTrace(build, project, marker);
  return build;
}

for (const payload of PAYLOADS) {
  test(`npm run build refuses ${payload.name} and runs none of it`, async () => {
    const project = await projectCopy();
    try {
      const marker = path.join(project, 'PWNED');

      // Control: the payload is real — node runs the same code and the marker appears.
      const control = await run('node', ['--input-type=module', '-e', payload.control(marker)], project);
      expect(control.status, control.output).toBe(0);
      expect(existsSync(marker)).toBe(true);
      await rm(marker);

      await writeFile(path.join(project, 'content', payload.file), payload.text(marker));
      const build = await buildRefusedWithoutTrace(project, marker);
      expect(build.output).toMatch(new RegExp(`content/${payload.file.replace(/[.]/g, '\\.')}:\\d+: .+ \\(rule: ${payload.rule}\\) — `));
    } finally {
      await rm(project, { recursive: true, force: true });
    }
  });
}

/** The refusal of `hostile` in a build's output: its file, its line and its rule. */
function refusalOf(hostile: HostileCase): RegExp {
  const file = `content/${hostile.folder}/${hostile.file}`.replace(/[.]/g, '\\.');
  return new RegExp(`${file}:${hostile.line}: .*\\(rule: ${hostile.rule}\\)`);
}

// A case that replaces a whole folder by a link would hide the other cases placed in that folder.
const ALONE = HOSTILE_CASES.filter((hostile) => hostile.as === 'linked-folder');
const TOGETHER = HOSTILE_CASES.filter((hostile) => !ALONE.includes(hostile));

test.describe('the hostile corpus, in one build', () => {
  // One build for all the tests below, which only read its outcome; in order, in one worker.
  test.describe.configure({ mode: 'default' });
  let project: string;
  let marker: string;
  let build: Ran;
  test.beforeAll(async () => {
    project = await projectCopy();
    marker = path.join(project, 'PWNED');
    for (const hostile of TOGETHER) await placeHostileCase(hostile, project, path.join(project, 'content'), { marker });
    build = await run('npm', ['run', 'build'], project);
  });
  test.afterAll(async () => {
    if (project) await rm(project, { recursive: true, force: true });
  });

  for (const hostile of TOGETHER) {
    test(`npm run build refuses the corpus file ${hostile.folder}/${hostile.file} by ${hostile.rule}`, () => {
      expectRefusedWithoutTrace(build, project, marker);
      expect(build.output).toMatch(refusalOf(hostile));
    });
  }
});

for (const hostile of ALONE) {
  test(`npm run build refuses the corpus file ${hostile.folder}/${hostile.file} by ${hostile.rule}`, async () => {
    const project = await projectCopy();
    try {
      const marker = path.join(project, 'PWNED');
      await placeHostileCase(hostile, project, path.join(project, 'content'), { marker });
      const build = await buildRefusedWithoutTrace(project, marker);
      expect(build.output).toMatch(refusalOf(hostile));
    } finally {
      await rm(project, { recursive: true, force: true });
    }
  });
}

/** A project copy holding the first payload, with the build gate (the binder integration) taken out of its config. */
async function withoutBuildGate(project: string, marker: string): Promise<void> {
  const [payload] = PAYLOADS;
  await writeFile(path.join(project, 'content', payload!.file), payload!.text(marker));
  const config = path.join(project, 'astro.config.mjs');
  const original = await readFile(config, 'utf8');
  const ungated = original.replace(/binderIntegration\(\),\s*/, '');
  expect(ungated).not.toBe(original);
  await writeFile(config, ungated);
}

test('with the build gate taken out, the layered content loader still keeps the payload from running', async () => {
  test.setTimeout(600_000);
  const project = await projectCopy();
  try {
    const marker = path.join(project, 'PWNED');
    await withoutBuildGate(project, marker);
    const build = await run('npx', ['astro', 'build', '--outDir', path.join(project, 'ungated-dist')], project);
    expect(existsSync(marker), build.output).toBe(false);
  } finally {
    await rm(project, { recursive: true, force: true });
  }
});

/** Astro's MDX integration added to a project copy's config, as a bare Astro site with MDX content has it. */
async function withAstroMdx(project: string): Promise<void> {
  const config = path.join(project, 'astro.config.mjs');
  const original = await readFile(config, 'utf8');
  const withMdx = `import mdx from '@astrojs/mdx';\n${original.replace(/integrations: \[/, 'integrations: [mdx(), ')}`;
  expect(withMdx).toContain('integrations: [mdx(), ');
  await writeFile(config, withMdx);
}

/** A bare Astro content config: recipes straight from content/ with Astro's own glob loader, no binder rules. */
const BARE_CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = { recipes: defineCollection({ loader: glob({ base: './content/recipes', pattern: '*.mdx' }) }) };
`;

/** One page that renders every recipe, as any Astro site would. */
const BARE_PAGE = `---
import { getCollection, render } from 'astro:content';
for (const entry of await getCollection('recipes')) await render(entry);
---
<p>recipes</p>
`;

test('control: without the binder’s gate and layered loader, Astro’s build runs the MDX export', async () => {
  test.setTimeout(600_000);
  const project = await projectCopy();
  try {
    const marker = path.join(project, 'PWNED');
    // Both guards out: the build gate, and the content loader, which reads through the same rules;
    // and Astro's MDX compiler in, which the site no longer uses: bodies are rendered as data.
    await withoutBuildGate(project, marker);
    await withAstroMdx(project);
    await writeFile(path.join(project, 'src', 'content.config.ts'), BARE_CONTENT_CONFIG);
    await rm(path.join(project, 'src', 'pages'), { recursive: true });
    // A bare site has no language middleware either (it reads the binder's identity).
    await rm(path.join(project, 'src', 'middleware.ts'));
    await mkdir(path.join(project, 'src', 'pages'));
    await writeFile(path.join(project, 'src', 'pages', 'index.astro'), BARE_PAGE);

    const build = await run('npx', ['astro', 'build', '--outDir', path.join(project, 'ungated-dist')], project);
    expect(existsSync(marker), build.output).toBe(true);
    expect(await readFile(marker, 'utf8')).toBe('pwned');
  } finally {
    await rm(project, { recursive: true, force: true });
  }
});
