/**
 * <recipe-scaler>: the batch and unit controls of a recipe page. The choice lives in
 * the URL (`?scale=2`, `?yield=10l`, `?portions=25&size=280g`, `?flour=3kg`,
 * `?units=us`), so a shared or printed link opens the same batch, and it is
 * remembered on the device. The arithmetic and the page update are loaded only
 * when the cook asks for something other than the page as written.
 */
import { SCALE_PARAMS, UNITS_PARAM } from '../domain/scaling/scale-params.ts';
import { replaceAddress } from './address-change.ts';

const UNITS_KEY = 'open-franchise:units';
const batchKey = (slug: string): string => `open-franchise:batch:${slug}`;

class RecipeScaler extends HTMLElement {
  #changed = false;

  connectedCallback(): void {
    const fields = this.querySelector('fieldset');
    if (fields) fields.disabled = false;
    // Cook mode has no controls: it follows the address it was opened with.
    if (this.querySelector('form')) this.#restoreRemembered();
    this.#showChoice();
    this.querySelector('select')?.addEventListener('change', () => this.#showSizeField());
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest('button');
      if (button?.dataset['scale']) this.#choose(button.dataset['scale'] === '1' ? [] : [['scale', button.dataset['scale']]]);
      if (button?.dataset['units']) this.#chooseUnits(button.dataset['units']);
    });
    this.querySelector('form')?.addEventListener('submit', (event) => {
      event.preventDefault();
      const form = new FormData(event.target as HTMLFormElement);
      const amount = String(form.get('amount') ?? '').trim();
      const target = String(form.get('target') ?? 'scale');
      const size = String(form.get('size') ?? '').trim();
      const unit = this.querySelector<HTMLElement>('[data-size-field] span:last-child')?.textContent ?? '';
      const params: Array<[string, string]> = [[target, amount]];
      if (target === 'portions' && size) params.push(['size', `${size}${unit}`]);
      this.#choose(params);
    });
    void this.#render();
  }

  /** A link with no batch opens the batch this cook last made of this recipe. */
  #restoreRemembered(): void {
    const url = new URL(location.href);
    const slug = this.dataset['slug'] ?? '';
    let changed = false;
    const batch = read(batchKey(slug));
    if (batch && !SCALE_PARAMS.some((param) => url.searchParams.has(param))) {
      for (const [key, value] of new URLSearchParams(batch)) url.searchParams.append(key, value);
      changed = true;
    }
    const units = read(UNITS_KEY);
    if (units && !url.searchParams.has(UNITS_PARAM) && units !== this.dataset['system']) {
      url.searchParams.set(UNITS_PARAM, units);
      changed = true;
    }
    if (changed) replaceAddress(url);
  }

  /** The "Make [ 30kg ] [ kg batch ]" fields say what the page shows. */
  #showChoice(): void {
    const params = new URLSearchParams(location.search);
    const target = SCALE_PARAMS.find((param) => param !== 'size' && params.has(param));
    const amount = this.querySelector<HTMLInputElement>('input[name="amount"]');
    const select = this.querySelector('select');
    if (amount && select) {
      amount.value = target ? (params.get(target) ?? '') : '1';
      select.value = target ?? 'scale';
    }
    const size = this.querySelector<HTMLInputElement>('input[name="size"]');
    if (size && params.has('size')) size.value = (params.get('size') ?? '').replace(/[a-z]+$/i, '');
    this.#showSizeField();
  }

  /** The weight of each portion only matters when scaling by portions (dough balls). */
  #showSizeField(): void {
    const field = this.querySelector<HTMLElement>('[data-size-field]');
    if (field) field.hidden = this.querySelector('select')?.value !== 'portions';
  }

  #choose(params: Array<[string, string]>): void {
    const url = new URL(location.href);
    for (const param of SCALE_PARAMS) url.searchParams.delete(param);
    for (const [key, value] of params) url.searchParams.append(key, value);
    replaceAddress(url);
    const batch = new URLSearchParams(params).toString();
    write(batchKey(this.dataset['slug'] ?? ''), batch || null);
    this.#showChoice();
    void this.#render();
  }

  #chooseUnits(system: string): void {
    const url = new URL(location.href);
    if (system === this.dataset['system']) url.searchParams.delete(UNITS_PARAM);
    else url.searchParams.set(UNITS_PARAM, system);
    replaceAddress(url);
    write(UNITS_KEY, system);
    void this.#render();
  }

  async #render(): Promise<void> {
    const params = new URLSearchParams(location.search);
    const asWritten = !SCALE_PARAMS.some((param) => params.has(param)) && (params.get(UNITS_PARAM) ?? this.dataset['system']) === this.dataset['system'];
    if (asWritten && !this.#changed) return; // the page as built is already right
    this.#changed = true;
    const { showScaled } = await import('./recipe-scale-view.ts');
    showScaled(this, params);
  }
}

/** Storage can be off (private mode, a full disk): the page then just forgets. */
function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // remembered for this page only
  }
}

customElements.define('recipe-scaler', RecipeScaler);
