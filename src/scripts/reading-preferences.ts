/**
 * <reading-preferences>: the header's "Display" dropdown with the theme (System / Light /
 * Dark) and large-text switches. Saves each choice on the device and sets it on <html> at once; the head's
 * /reading-preferences.js applies the saved choice before first paint on later pages.
 * The element ships `hidden` and shows itself here, so without JavaScript there are no
 * switches that do nothing, and the device's own light or dark setting still applies.
 */
import {
  htmlAttributes,
  parseTextSize,
  parseTheme,
  TEXT_SIZE_STORAGE_KEY,
  THEME_STORAGE_KEY,
  type ReadingPreferences,
} from '../domain/reading-preferences.ts';

function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage switched off: the defaults apply
  }
}

function store(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage switched off or full: the choice holds for this page only.
  }
}

class ReadingPreferencesElement extends HTMLElement {
  connectedCallback(): void {
    const current: ReadingPreferences = { theme: parseTheme(readStored(THEME_STORAGE_KEY)), textSize: parseTextSize(readStored(TEXT_SIZE_STORAGE_KEY)) };
    for (const radio of this.querySelectorAll<HTMLInputElement>('input[name="theme"]')) radio.checked = radio.value === current.theme;
    const largeText = this.querySelector<HTMLInputElement>('input[name="text-size"]');
    if (largeText) largeText.checked = current.textSize === 'large';
    this.addEventListener('change', () => this.#apply());
    // A dropdown: a tap elsewhere or Escape folds it away again.
    const details = this.querySelector('details');
    document.addEventListener('click', (event) => {
      if (details?.open && !this.contains(event.target as Node)) details.open = false;
    });
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && details?.open) {
        details.open = false;
        details.querySelector('summary')?.focus();
      }
    });
    this.hidden = false;
  }

  #apply(): void {
    const preferences: ReadingPreferences = {
      theme: parseTheme(this.querySelector<HTMLInputElement>('input[name="theme"]:checked')?.value),
      textSize: this.querySelector<HTMLInputElement>('input[name="text-size"]')?.checked ? 'large' : 'normal',
    };
    store(THEME_STORAGE_KEY, preferences.theme === 'system' ? null : preferences.theme);
    store(TEXT_SIZE_STORAGE_KEY, preferences.textSize === 'normal' ? null : preferences.textSize);
    for (const [name, value] of htmlAttributes(preferences)) {
      if (value === null) document.documentElement.removeAttribute(name);
      else document.documentElement.setAttribute(name, value);
    }
  }
}

customElements.define('reading-preferences', ReadingPreferencesElement);
