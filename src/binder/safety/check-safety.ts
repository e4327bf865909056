import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { LocatedProblem } from '../check-binder.ts';
import { checkFileOnDisk } from './file-limits.ts';
import { checkMdxBody } from './mdx-body.ts';
import { splitMdx } from './mdx-frontmatter.ts';
import { checkMediaFolder, checkMediaSource } from './media-files.ts';
import { ruleTag, SAFETY_RULES, type SafetyFinding } from './rules.ts';
import type { ParsedYaml } from '../yaml-document.ts';
import { inspectYaml } from './yaml-safety.ts';

/** The outcome of the safety checks on one content file. */
export interface EntrySafety {
  /** Every hostile-input problem in the file, each naming its rule. */
  readonly problems: LocatedProblem[];
  /** The file's text when it passed every check; undefined when it must not be processed further. */
  readonly text: string | undefined;
  /** Its YAML (the frontmatter, for MDX) as the rules parsed it, when it passed. */
  readonly yaml?: ParsedYaml;
}

/**
 * Runs every hostile-input rule on one content file, before anything else reads it:
 * the file on disk (link, size, place), its YAML (tags, aliases, prototype keys, image
 * paths) and, for MDX, the body exactly as Astro would compile it. `file` is the path
 * printed in messages; `mediaDirs` are the folders whose media/ images may come from,
 * the file's own layer first.
 */
export async function checkEntrySafety(absolute: string, contentDir: string, file: string, format: 'mdx' | 'yaml', mediaDirs: readonly string[] = [contentDir]): Promise<EntrySafety> {
  const onDisk = await checkFileOnDisk(absolute, contentDir);
  if (onDisk.length > 0) return { problems: onDisk.map((finding) => toProblem(file, finding)), text: undefined };

  const text = await readFile(absolute, 'utf8');
  const findings: SafetyFinding[] = [];
  let yaml = { text, lineOffset: 0 };
  if (format === 'mdx') {
    const parts = splitMdx(text);
    if (parts.fenceProblem) findings.push(parts.fenceProblem);
    yaml = { text: parts.frontmatter ?? '', lineOffset: parts.frontmatterLineOffset };
    const folder = path.relative(contentDir, path.dirname(absolute)).split(path.sep).join('/');
    findings.push(...checkMdxBody(parts.compiled, folder));
  }
  const inspection = inspectYaml(yaml.text, yaml.lineOffset);
  findings.push(...inspection.findings);
  for (const source of inspection.sources) {
    const finding = await checkLayeredMediaSource(mediaDirs, source);
    if (finding) findings.push(finding);
  }
  const problems = findings.map((finding) => toProblem(file, finding));
  return problems.length === 0 ? { problems, text, yaml: inspection.parsed } : { problems, text: undefined };
}

/**
 * An image is looked up in each layer's media/ in turn, the restaurant's own first
 * (Hugo's lookup order): it passes when one layer has it as a safe file.
 */
async function checkLayeredMediaSource(mediaDirs: readonly string[], source: { value: string; line: number; field: string }): Promise<SafetyFinding | undefined> {
  let first: SafetyFinding | undefined;
  for (const dir of mediaDirs) {
    const finding = await checkMediaSource(dir, source);
    if (!finding) return undefined;
    first ??= finding;
  }
  return first;
}

/** Checks every file published from content/media/. `display` turns an absolute path into the printed one. */
export async function checkMediaSafety(contentDir: string, display: (absolute: string) => string): Promise<LocatedProblem[]> {
  return (await checkMediaFolder(contentDir)).map(({ absolute, finding }) => toProblem(display(absolute), finding));
}

/** A finding as a problem report line: the message ends with the rule id, the fix is the rule's. */
function toProblem(file: string, finding: SafetyFinding): LocatedProblem {
  return { file, line: finding.line, field: finding.field ?? '', message: finding.message + ruleTag(finding.rule), fix: SAFETY_RULES[finding.rule], rule: finding.rule };
}
