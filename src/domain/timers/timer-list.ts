/**
 * The timers running on a device, several at once. Pure list operations, so the
 * tray on any page can apply them to what it read from storage.
 */
import { hasEnded, type KitchenTimer } from './kitchen-timer.ts';

/** Adds a timer; one with the same id (the same step) is replaced, so a double tap never starts two. */
export function addTimer(timers: readonly KitchenTimer[], timer: KitchenTimer): KitchenTimer[] {
  return [...timers.filter((t) => t.id !== timer.id), timer].sort((a, b) => a.endsAt - b.endsAt);
}

export function removeTimer(timers: readonly KitchenTimer[], id: string): KitchenTimer[] {
  return timers.filter((t) => t.id !== id);
}

/** Timers still counting down and timers that have rung (and wait to be dismissed), each soonest first. */
export function partitionTimers(timers: readonly KitchenTimer[], now: number): { running: KitchenTimer[]; ended: KitchenTimer[] } {
  const sorted = [...timers].sort((a, b) => a.endsAt - b.endsAt);
  return { running: sorted.filter((t) => !hasEnded(t, now)), ended: sorted.filter((t) => hasEnded(t, now)) };
}

/** An alarm nobody dismissed for this long belongs to an earlier shift: it is dropped instead of ringing again. */
export const FORGOTTEN_AFTER_MS = 12 * 60 * 60 * 1000;

export function dropForgotten(timers: readonly KitchenTimer[], now: number): KitchenTimer[] {
  return timers.filter((t) => now - t.endsAt < FORGOTTEN_AFTER_MS);
}
