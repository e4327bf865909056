/**
 * A throwaway copy of the project for tests that build, serve or propose against
 * it: the code and the sample binder copied into a temp folder, node_modules linked.
 */
import path from 'node:path';
import { copyProjectCode } from '../../src/bench/project-copy.ts';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');

export interface ProjectCopyOptions {
  /** Copy the sample binder into content/ (default); false leaves content/ for the test to write. */
  readonly content?: boolean;
}

/** Copies the project into a new temp folder named after `purpose`; returns its root. */
export function copyProject(purpose: string, options: ProjectCopyOptions = {}): Promise<string> {
  return copyProjectCode(PROJECT_ROOT, purpose, options.content === false ? [] : ['content']);
}
