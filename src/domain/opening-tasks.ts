/** A task on the road to opening day, as far as its order goes. */
export interface DatedTask {
  /** Weeks before opening day; undefined when it has no deadline. */
  readonly weeksBeforeOpening?: number | undefined;
}

/**
 * Tasks in the order they fall due: furthest from opening day first, tasks with no
 * deadline last. One rule for the setup page and the editor's preview.
 */
export function byDeadline<T extends DatedTask>(tasks: readonly T[]): T[] {
  return [...tasks].sort((a, b) => (b.weeksBeforeOpening ?? -1) - (a.weeksBeforeOpening ?? -1));
}
