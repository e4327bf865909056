/**
 * Whether a finger's movement on the screen was a swipe between steps: far enough
 * sideways, and more sideways than up or down, so scrolling a long step never
 * turns the page.
 */
export const SWIPE_THRESHOLD_PX = 60;

/** +1 for the next step (finger moved left), -1 for the previous one (moved right), 0 for no swipe. */
export function swipeDirection(dx: number, dy: number, threshold = SWIPE_THRESHOLD_PX): -1 | 0 | 1 {
  if (Math.abs(dx) < threshold || Math.abs(dx) < 1.5 * Math.abs(dy)) return 0;
  return dx < 0 ? 1 : -1;
}
