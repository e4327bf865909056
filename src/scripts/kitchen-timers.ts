/**
 * <kitchen-timers>: the timers tray on every recipe and cook page. Timers live in
 * localStorage as end times, so they keep running while the cook moves between steps
 * and pages; every page's tray counts them down, and whichever page is open when one
 * ends beeps (Web Audio, no file to fetch), vibrates and shows an alert naming the
 * recipe and step until it is dismissed. Any `button[data-timer-minutes]` on the page
 * starts one; those buttons stay hidden without JavaScript, where they could not work.
 */
import { formatRemaining, remainingMs, startTimer, type KitchenTimer } from '../domain/timers/kitchen-timer.ts';
import { addTimer, dropForgotten, partitionTimers, removeTimer } from '../domain/timers/timer-list.ts';
import { parseTimers, serializeTimers, TIMERS_STORAGE_KEY } from '../domain/timers/timer-storage.ts';
import type { Words } from '../i18n/words.ts';
import { islandWords } from './island-words.ts';

/** What the tray writes, in the page's language (KitchenTimers' `data-messages`). */
type TimerKey = 'timer.started' | 'timer.cancel' | 'timer.cancelHidden' | 'timer.dismiss' | 'timer.timeUp';

const TICK_MS = 1000;
/** An alarm beeps again this often until dismissed, for this long: a kitchen is loud. */
const REPEAT_BEEP_MS = 10_000;
const KEEP_BEEPING_MS = 2 * 60_000;

function readStoredTimers(): KitchenTimer[] {
  try {
    return parseTimers(localStorage.getItem(TIMERS_STORAGE_KEY));
  } catch {
    return []; // storage blocked (private mode, policy): timers then live on this page only
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  el.textContent = text;
  return el;
}

class KitchenTimers extends HTMLElement {
  #timers: KitchenTimer[] = [];
  #tray!: HTMLElement;
  #list!: HTMLElement;
  #alerts!: HTMLElement;
  #status!: HTMLElement;
  #audio: AudioContext | undefined;
  #lastBeep = -Infinity;
  #interval: ReturnType<typeof setInterval> | undefined;
  #words!: Words<TimerKey>;

  connectedCallback(): void {
    this.#words = islandWords<TimerKey>(this);
    this.#tray = this.querySelector('[data-timer-tray]') as HTMLElement;
    this.#list = this.querySelector('[data-timer-list]') as HTMLElement;
    this.#alerts = this.querySelector('[data-timer-alerts]') as HTMLElement;
    this.#status = this.querySelector('[data-timer-status]') as HTMLElement;
    this.#timers = dropForgotten(readStoredTimers(), Date.now());
    document.addEventListener('click', this.#onClick);
    document.addEventListener('pointerdown', this.#unlockAudio);
    addEventListener('storage', this.#onStorage);
    for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-timer-minutes]')) button.hidden = false;
    this.#interval = setInterval(() => this.#render(), TICK_MS);
    this.#render();
  }

  disconnectedCallback(): void {
    document.removeEventListener('click', this.#onClick);
    document.removeEventListener('pointerdown', this.#unlockAudio);
    removeEventListener('storage', this.#onStorage);
    clearInterval(this.#interval);
  }

  #save(timers: KitchenTimer[]): void {
    this.#timers = timers;
    try {
      localStorage.setItem(TIMERS_STORAGE_KEY, serializeTimers(timers));
    } catch {
      // Storage full or blocked: the timer still runs on this page.
    }
    this.#render();
  }

  #onStorage = (event: StorageEvent): void => {
    if (event.key !== TIMERS_STORAGE_KEY) return;
    this.#timers = readStoredTimers(); // another tab started, cancelled or dismissed one
    this.#render();
  };

  #onClick = (event: MouseEvent): void => {
    const target = event.target as Element;
    const start = target.closest<HTMLElement>('[data-timer-minutes]');
    if (start) {
      const timer = startTimer({
        id: `${location.pathname}#${start.dataset['timerId'] ?? ''}`,
        label: start.dataset['timerLabel'] ?? document.title,
        url: `${location.pathname}${location.search}`,
        minutes: Number(start.dataset['timerMinutes']),
        now: Date.now(),
      });
      this.#save(addTimer(this.#timers, timer));
      this.#unlockAudio();
      this.#status.textContent = this.#words('timer.started', { label: timer.label, remaining: formatRemaining(remainingMs(timer, Date.now())) });
      return;
    }
    const stop = target.closest<HTMLElement>('[data-timer-cancel], [data-timer-dismiss]');
    if (stop && this.contains(stop)) this.#save(removeTimer(this.#timers, stop.dataset['timerCancel'] ?? stop.dataset['timerDismiss'] ?? ''));
  };

  /** Browsers start audio only after a tap on the page: open it then, so the alarm can sound later. */
  #unlockAudio = (): void => {
    if (this.#timers.length === 0) return; // nothing can ring: no need for audio on this page
    try {
      this.#audio ??= new AudioContext();
      void this.#audio.resume();
    } catch {
      // No Web Audio: the alert and vibration remain.
    }
  };

  #render(): void {
    const now = Date.now();
    const { running, ended } = partitionTimers(this.#timers, now);
    this.#tray.hidden = running.length === 0;
    this.#sync(this.#list, running, (timer) => this.#trayRow(timer), (row, timer) => {
      (row.firstChild as HTMLElement).textContent = formatRemaining(remainingMs(timer, now));
    });
    let fresh = false;
    this.#sync(this.#alerts, ended, (timer) => {
      fresh = true;
      return this.#alert(timer);
    });
    if (fresh || (ended.some((t) => now - t.endsAt < KEEP_BEEPING_MS) && now - this.#lastBeep >= REPEAT_BEEP_MS)) this.#ring(now);
  }

  /** Keeps one child per timer (by id) without rebuilding the others, so focus and reading are not disturbed each second. */
  #sync(parent: HTMLElement, timers: KitchenTimer[], create: (t: KitchenTimer) => HTMLElement, update?: (el: HTMLElement, t: KitchenTimer) => void): void {
    const ids = new Set(timers.map((t) => t.id));
    for (const child of [...parent.children] as HTMLElement[]) if (!ids.has(child.dataset['id'] ?? '')) child.remove();
    for (const timer of timers) {
      let el = [...parent.children].find((child) => (child as HTMLElement).dataset['id'] === timer.id) as HTMLElement | undefined;
      if (!el) {
        el = create(timer);
        el.dataset['id'] = timer.id;
        parent.append(el);
      }
      update?.(el, timer);
    }
  }

  #trayRow(timer: KitchenTimer): HTMLElement {
    const row = element('li', 'timer-tray__timer');
    const link = element('a', 'timer-tray__label', timer.label);
    link.href = timer.url;
    const cancel = element('button', 'timer-tray__cancel', this.#words('timer.cancel'));
    cancel.type = 'button';
    cancel.dataset['timerCancel'] = timer.id;
    cancel.append(element('span', 'visually-hidden', this.#words('timer.cancelHidden', { label: timer.label })));
    row.append(element('span', 'timer-tray__time'), ' ', link, ' ', cancel);
    return row;
  }

  #alert(timer: KitchenTimer): HTMLElement {
    const alert = element('div', 'timer-alert');
    alert.setAttribute('role', 'alert');
    const dismiss = element('button', 'timer-alert__dismiss', this.#words('timer.dismiss'));
    dismiss.type = 'button';
    dismiss.dataset['timerDismiss'] = timer.id;
    alert.append(element('p', 'timer-alert__title', this.#words('timer.timeUp')), element('p', 'timer-alert__label', timer.label), dismiss);
    return alert;
  }

  #ring(now: number): void {
    this.#lastBeep = now;
    navigator.vibrate?.([400, 200, 400, 200, 400]);
    try {
      this.#audio ??= new AudioContext();
      const audio = this.#audio;
      void audio.resume();
      for (let i = 0; i < 3; i++) {
        const tone = audio.createOscillator();
        const volume = audio.createGain();
        tone.type = 'square';
        tone.frequency.value = 880;
        volume.gain.value = 0.25;
        tone.connect(volume).connect(audio.destination);
        const at = audio.currentTime + i * 0.4;
        tone.start(at);
        tone.stop(at + 0.25);
      }
    } catch {
      // No Web Audio: the alert and vibration remain.
    }
  }
}

customElements.define('kitchen-timers', KitchenTimers);
