/**
 * What `npm run check` says of a binder: every problem the checker finds, plus each
 * file not in the editor's canonical form. One function, so the check, the kitchen
 * diff's verdict and the pull-request gate can never disagree.
 */
import { canonicalFormProblems } from './canonical-files.ts';
import { checkBinder, type BinderCheck } from './check-binder.ts';

export async function checkBinderWithForm(contentDir: string, displayRoot?: string): Promise<BinderCheck> {
  const result = await checkBinder(contentDir, displayRoot);
  // A binder with hostile files is not read any further, not even by the formatter's check.
  const hostile = result.problems.some((problem) => problem.rule !== undefined);
  if (hostile) return result;
  const notCanonical = await canonicalFormProblems(contentDir, displayRoot);
  if (notCanonical.length === 0) return result;
  const problems = [...result.problems, ...notCanonical].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field));
  return { ...result, problems };
}
