import type { EntryLocation } from '../binder.ts';

/** How a check reports a problem: where, what is wrong, and how to fix it. */
export type Report = (location: EntryLocation, message: string, fix: string) => void;
