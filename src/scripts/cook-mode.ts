/**
 * <cook-mode>: turns the cook page (readable as one long page without JavaScript)
 * into one step at a time — step 0 is the mise en place — turned by big buttons, a
 * sideways swipe or the keyboard (←/→, PageUp/PageDown as page-turner pedals send, space).
 * Where the cook is and what is ticked are kept on the device per recipe and batch,
 * and the screen is kept on with the Screen Wake Lock while the page is open.
 */
import { parseProgress, progressKey, serializeProgress, withTick, type CookProgress } from '../domain/cook-mode/cook-progress.ts';
import { swipeDirection } from '../domain/cook-mode/swipe.ts';
import type { Words } from '../i18n/words.ts';
import { islandWords } from './island-words.ts';

/** Keys that act on the focused control itself, so space there is not "next step". */
const CONTROLS = 'a, button, input, select, textarea, summary, [contenteditable]';

class CookMode extends HTMLElement {
  #steps: HTMLElement[] = [];
  #boxes: HTMLInputElement[] = [];
  #progress!: CookProgress;
  #key = '';
  #label!: HTMLElement;
  #previous!: HTMLButtonElement;
  #next!: HTMLButtonElement;
  #lock: WakeLockSentinel | null = null;
  #swipeStart: { x: number; y: number } | undefined;
  #words!: Words<'cookMode.stepsToGo' | 'cookMode.stepOf'>;

  connectedCallback(): void {
    this.#words = islandWords(this);
    this.#steps = [...this.querySelectorAll<HTMLElement>('[data-cook-step]')];
    this.#boxes = [...this.querySelectorAll<HTMLInputElement>('input[data-mise-line]')];
    this.#label = this.querySelector('[data-cook-progress]') as HTMLElement;
    this.#previous = this.querySelector('[data-cook-previous]') as HTMLButtonElement;
    this.#next = this.querySelector('[data-cook-next]') as HTMLButtonElement;
    this.#key = progressKey(this.dataset['slug'] ?? '', location.search);
    this.#progress = parseProgress(this.#read(), this.#steps.length - 1, this.#boxes.length);
    for (const box of this.#boxes) box.checked = this.#progress.ticked.includes(Number(box.dataset['miseLine']));

    this.addEventListener('change', this.#onTick);
    this.#previous.addEventListener('click', () => this.#go(this.#progress.step - 1));
    this.#next.addEventListener('click', () => this.#go(this.#progress.step + 1));
    this.addEventListener('pointerdown', this.#onPointerDown);
    this.addEventListener('pointerup', this.#onPointerUp);
    this.addEventListener('pointercancel', this.#onPointerCancel);
    document.addEventListener('keydown', this.#onKey);
    document.addEventListener('visibilitychange', this.#onVisibility);
    addEventListener('pagehide', this.#releaseScreen);

    for (const hidden of this.querySelectorAll<HTMLElement>('[data-cook-controls]')) hidden.hidden = false;
    this.toggleAttribute('data-stepping', true);
    this.#show(this.#progress.step);
    void this.#keepScreenOn();
  }

  disconnectedCallback(): void {
    document.removeEventListener('keydown', this.#onKey);
    document.removeEventListener('visibilitychange', this.#onVisibility);
    removeEventListener('pagehide', this.#releaseScreen);
    this.#releaseScreen();
  }

  #read(): string | null {
    try {
      return localStorage.getItem(this.#key);
    } catch {
      return null;
    }
  }

  #save(progress: CookProgress): void {
    this.#progress = progress;
    try {
      localStorage.setItem(this.#key, serializeProgress(progress));
    } catch {
      // Storage blocked: cook mode still works, it just forgets on reload.
    }
  }

  #go(step: number): void {
    if (step < 0 || step >= this.#steps.length || step === this.#progress.step) return;
    this.#save({ ...this.#progress, step });
    this.#show(step);
    this.scrollIntoView({ block: 'start' });
  }

  #show(step: number): void {
    this.#steps.forEach((section, i) => (section.hidden = i !== step));
    const last = this.#steps.length - 1;
    // One short line (its space is kept before the script runs): anything longer wraps on a phone and shifts the step.
    this.#label.textContent =
      step === 0 ? this.#words('cookMode.stepsToGo', { count: last, n: String(last) }) : this.#words('cookMode.stepOf', { step: String(step), total: String(last) });
    this.#previous.disabled = step === 0;
    this.#next.disabled = step === last;
  }

  #onTick = (event: Event): void => {
    const box = event.target as HTMLInputElement;
    if (box.dataset['miseLine'] === undefined) return;
    this.#save(withTick(this.#progress, Number(box.dataset['miseLine']), box.checked));
  };

  #onKey = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
    const onControl = (event.target as Element).closest?.(CONTROLS);
    let direction = 0;
    if (event.key === 'ArrowRight' || event.key === 'PageDown') direction = 1;
    else if (event.key === 'ArrowLeft' || event.key === 'PageUp') direction = -1;
    else if (event.key === ' ' && !onControl) direction = event.shiftKey ? -1 : 1;
    if (direction === 0 || (event.key.startsWith('Arrow') && (event.target as Element).closest?.('input:not([type="checkbox"]), select, textarea'))) return;
    event.preventDefault();
    this.#go(this.#progress.step + direction);
  };

  #onPointerDown = (event: PointerEvent): void => {
    this.#swipeStart = event.isPrimary ? { x: event.clientX, y: event.clientY } : undefined;
  };

  #onPointerUp = (event: PointerEvent): void => {
    const start = this.#swipeStart;
    this.#swipeStart = undefined;
    if (!start || !event.isPrimary) return;
    const direction = swipeDirection(event.clientX - start.x, event.clientY - start.y);
    if (direction !== 0) this.#go(this.#progress.step + direction);
  };

  #onPointerCancel = (): void => {
    this.#swipeStart = undefined; // the browser took the gesture (a scroll)
  };

  /** The lock ends when the page is hidden; it is asked for again each time the page is shown. */
  #onVisibility = (): void => {
    if (document.visibilityState === 'visible') void this.#keepScreenOn();
    else this.#releaseScreen();
  };

  async #keepScreenOn(): Promise<void> {
    const note = this.querySelector<HTMLElement>('[data-wake-note]');
    if (!('wakeLock' in navigator)) {
      if (note) note.hidden = false;
      return;
    }
    if (this.#lock || document.visibilityState !== 'visible') return;
    try {
      const lock = await navigator.wakeLock.request('screen');
      this.#lock = lock;
      lock.addEventListener('release', () => {
        if (this.#lock === lock) this.#lock = null;
      });
      if (note) note.hidden = true;
    } catch {
      if (note) note.hidden = false; // refused (battery saver, policy): the cook must know
    }
  }

  #releaseScreen = (): void => {
    const lock = this.#lock;
    this.#lock = null;
    if (lock) Promise.resolve().then(() => lock.release()).catch(() => undefined);
  };
}

customElements.define('cook-mode', CookMode);
