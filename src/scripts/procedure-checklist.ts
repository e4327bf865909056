/**
 * <procedure-checklist>: a procedure page's checklist, kept on the device. Ticks,
 * readings, notes and initials go to localStorage under the procedure's slug and come
 * back on reload; each reading is checked against its critical limit as it is typed,
 * and one out of limit shows its corrective action at once. "Start next shift" clears
 * the log; "Export CSV" (loaded only when pressed) downloads it; "Print log" prints it.
 */
import { downloadCsv } from './download-csv.ts';
import {
  type ChecklistLog,
  nextShift,
  progress,
  restoreLog,
  storageKey,
  withInitials,
  withNote,
  withReading,
  withTick,
} from '../domain/checklist/checklist-log.ts';
import { type ChecklistLimit, checkReading, parseReadingValue, type ReadingUnit } from '../domain/checklist/reading-check.ts';
import type { ChecklistCsvKey, ChecklistKey } from '../i18n/messages/kitchen/en.ts';
import type { Words } from '../i18n/words.ts';
import { islandWords } from './island-words.ts';

/** What this island writes, in the page's language (ProcedureChecklist's `data-messages`). */
type IslandKey = ChecklistKey | ChecklistCsvKey | 'checklist.logged' | 'checklist.by' | 'checklist.confirmNextShift';

interface StepElements {
  readonly text: string;
  readonly done: HTMLInputElement;
  readonly reading: HTMLInputElement | null;
  readonly unit: HTMLSelectElement | null;
  readonly note: HTMLInputElement | null;
  readonly ok: HTMLElement | null;
  readonly alert: HTMLElement | null;
  readonly stamp: HTMLElement;
  readonly limit: ChecklistLimit | undefined;
}

class ProcedureChecklist extends HTMLElement {
  #slug = '';
  #steps: StepElements[] = [];
  #log!: ChecklistLog;
  #shiftStart!: HTMLTimeElement;
  #words!: Words<IslandKey>;

  connectedCallback(): void {
    this.#words = islandWords<IslandKey>(this);
    this.#slug = this.dataset['procedure'] ?? '';
    this.#steps = [...this.querySelectorAll<HTMLElement>('[data-step]')].map((li) => {
      const reading = li.querySelector<HTMLInputElement>('[data-reading]');
      return {
        text: li.querySelector('[data-step-text]')?.textContent?.trim() ?? '',
        done: li.querySelector<HTMLInputElement>('[data-done]')!,
        reading,
        unit: li.querySelector<HTMLSelectElement>('[data-unit]'),
        note: li.querySelector<HTMLInputElement>('[data-note]'),
        ok: li.querySelector<HTMLElement>('[data-ok]'),
        alert: li.querySelector<HTMLElement>('[data-alert]'),
        stamp: li.querySelector<HTMLElement>('[data-stamp]')!,
        limit: reading?.dataset['limit'] ? (JSON.parse(reading.dataset['limit']) as ChecklistLimit) : undefined,
      };
    });
    // The page has no <time> for the shift's start (an empty one would not be valid HTML): it gets one here.
    this.#shiftStart = document.createElement('time');
    this.#shiftStart.toggleAttribute('data-shift-start', true);
    this.querySelector('[data-shift]')!.append(' ', this.#shiftStart);
    this.#log = restoreLog(this.#load(), this.#slug, this.#steps.map((s) => s.text), new Date());
    this.#fill();

    this.addEventListener('input', (event) => this.#entered(event.target));
    this.addEventListener('change', (event) => this.#entered(event.target));
    this.addEventListener('click', (event) => {
      const action = (event.target as Element).closest<HTMLElement>('[data-action]')?.dataset['action'];
      if (action === 'next-shift') this.#nextShift();
      else if (action === 'export') void this.#export();
      else if (action === 'print') window.print();
    });
    this.querySelector<HTMLElement>('[data-enhanced]')!.hidden = false;
    this.toggleAttribute('data-ready', true);
  }

  /** Whatever the cook changed, into the log, saved, and shown. */
  #entered(target: EventTarget | null): void {
    if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement)) return;
    const now = new Date();
    if (target.matches('[data-initials]')) {
      this.#log = withInitials(this.#log, target.value);
    } else {
      const index = this.#steps.findIndex((s) => s.done === target || s.reading === target || s.unit === target || s.note === target);
      const step = this.#steps[index];
      if (!step) return;
      if (target === step.done) {
        if (step.done.checked === this.#log.steps[index]?.done) return; // input and change both fire for a tick
        this.#log = withTick(this.#log, index, step.done.checked, now);
      } else if (target === step.note) {
        this.#log = withNote(this.#log, index, step.note.value, now);
      } else {
        const value = parseReadingValue(step.reading?.value ?? '');
        const unit = (step.unit?.value ?? step.limit?.unit) as ReadingUnit;
        this.#log = withReading(this.#log, index, value === null ? undefined : { value, unit }, now);
      }
      this.#showVerdict(index);
      this.#showStamp(index);
    }
    this.#save();
    this.#showProgress();
  }

  /** Puts the log into the fields: on load, and after a new shift. */
  #fill(): void {
    this.querySelector<HTMLInputElement>('[data-initials]')!.value = this.#log.initials;
    this.#steps.forEach((step, i) => {
      const entry = this.#log.steps[i];
      step.done.checked = entry?.done ?? false;
      if (step.reading) step.reading.value = entry?.reading ? String(entry.reading.value) : '';
      if (step.unit) step.unit.value = entry?.reading?.unit ?? step.limit?.unit ?? step.unit.value;
      if (step.note) step.note.value = entry?.note ?? '';
      this.#showVerdict(i);
      this.#showStamp(i);
    });
    const start = new Date(this.#log.shiftStartedAt);
    this.#shiftStart.dateTime = this.#log.shiftStartedAt;
    this.#shiftStart.textContent = start.toLocaleString(document.documentElement.lang || undefined, { dateStyle: 'medium', timeStyle: 'short' });
    this.#showProgress();
  }

  /** "Logged 14:05 by JB": when the step last changed, and who had the log. */
  #showStamp(index: number): void {
    const step = this.#steps[index];
    const entry = this.#log.steps[index];
    if (!step) return;
    step.stamp.hidden = !entry?.at;
    if (!entry?.at) return;
    const at = new Date(entry.at);
    const time = document.createElement('time');
    time.dateTime = entry.at;
    time.textContent = `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
    step.stamp.replaceChildren(`${this.#words('checklist.logged')} `, time, entry.by ? ` ${this.#words('checklist.by', { initials: entry.by })}` : '');
  }

  #showVerdict(index: number): void {
    const step = this.#steps[index];
    const reading = this.#log.steps[index]?.reading;
    if (!step?.limit || !step.ok || !step.alert) return;
    let verdict;
    try {
      verdict = reading ? checkReading(step.limit, reading, this.#words) : undefined;
    } catch {
      verdict = undefined; // a unit this limit cannot take (an old log): no verdict rather than a wrong one
    }
    step.ok.hidden = !verdict?.within;
    step.ok.textContent = verdict?.within ? verdict.sentence : '';
    step.alert.hidden = !verdict || verdict.within;
    step.alert.querySelector('[data-alert-sentence]')!.textContent = verdict && !verdict.within ? verdict.sentence : '';
    step.reading?.setAttribute('aria-invalid', String(verdict?.within === false));
  }

  #showProgress(): void {
    this.querySelector('[data-progress]')!.textContent = progress(this.#log, this.#words).text;
  }

  #nextShift(): void {
    if (!window.confirm(this.#words('checklist.confirmNextShift'))) return;
    this.#log = nextShift(this.#log, new Date());
    this.#save();
    this.#fill();
  }

  async #export(): Promise<void> {
    const { checklistCsv, csvFileName, localDateTime } = await import('../domain/checklist/log-csv.ts');
    const procedure = { title: this.dataset['title'] ?? this.#slug, steps: this.#steps.map(({ text, limit }) => ({ text, limit })) };
    const csv = checklistCsv(procedure, this.#log, (iso) => localDateTime(new Date(iso)), this.#words);
    const start = new Date(this.#log.shiftStartedAt);
    downloadCsv(csv, csvFileName(this.#slug, { year: start.getFullYear(), month: start.getMonth() + 1, day: start.getDate() }), this);
  }

  #load(): string | null {
    try {
      return localStorage.getItem(storageKey(this.#slug));
    } catch {
      this.#storageOff();
      return null;
    }
  }

  #save(): void {
    try {
      localStorage.setItem(storageKey(this.#slug), JSON.stringify(this.#log));
    } catch {
      this.#storageOff();
    }
  }

  #storageOff(): void {
    const note = this.querySelector<HTMLElement>('[data-storage-note]');
    if (note) note.hidden = false;
  }
}

customElements.define('procedure-checklist', ProcedureChecklist);
