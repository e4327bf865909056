/**
 * One read of the layered binder per build, shared by the build gate (the binder
 * integration, loaded with Astro's config) and the content loaders (loaded by Vite with
 * content.config.ts). Those are two module graphs, so the read is kept on `globalThis`,
 * by project root: reading and checking a 10,000-entry binder twice cost seconds.
 */
import path from 'node:path';
import { readLayeredBinder, type LayeredBinder } from './layered-binder.ts';

const READINGS = Symbol.for('open-franchise:layered-binder-readings');

type Readings = Map<string, Promise<LayeredBinder>>;

function readings(): Readings {
  const holder = globalThis as { [READINGS]?: Readings };
  holder[READINGS] ??= new Map();
  return holder[READINGS];
}

/** The current read of the binder at `root` (content/ and layers/), started if there is none. */
export function layeredBinderAt(root: string): Promise<LayeredBinder> {
  const key = path.resolve(root);
  let reading = readings().get(key);
  if (!reading) {
    reading = readLayeredBinder(path.join(key, 'content'), key);
    readings().set(key, reading);
  }
  return reading;
}

/** A new read of the binder at `root`, which every later caller shares: for a build's start, or after a file changed. */
export function rereadLayeredBinderAt(root: string): Promise<LayeredBinder> {
  readings().delete(path.resolve(root));
  return layeredBinderAt(root);
}

/** Whether `reading` is still the current read of the binder at `root`. */
export function isCurrentReading(root: string, reading: Promise<LayeredBinder>): boolean {
  return readings().get(path.resolve(root)) === reading;
}

/** Drops the read of the binder at `root`, so the next caller reads afresh. */
export function forgetLayeredBinderAt(root: string): void {
  readings().delete(path.resolve(root));
}
