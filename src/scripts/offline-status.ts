/**
 * <offline-status>: registers the binder's service worker (sw.js, written by
 * src/integrations/offline.ts) and tells the cook where the offline copy stands:
 * "Saving the binder for offline use…" while it installs, "Available offline" once it
 * controls the page, and, after a deployment, a non-blocking prompt to reload into
 * the new version. Workbox-window (about 1.4 KB compressed) follows the worker's
 * lifecycle, including a new version found by another tab or already waiting.
 */
// The package's own ES modules: its "module" build is transpiled to ES5, 0.8 KB more once compressed.
import { Workbox } from 'workbox-window/Workbox.js';
import { islandWords } from './island-words.ts';

/** What the status line says, in the page's language (OfflineStatus's `data-messages`). */
type OfflineKey = 'offline.saving' | 'offline.available' | 'offline.notSaved';

class OfflineStatus extends HTMLElement {
  connectedCallback(): void {
    if (!('serviceWorker' in navigator)) return;
    if (import.meta.env.DEV) {
      // `npm start` has no service worker; one left by a preview on the same port would serve stale pages.
      void navigator.serviceWorker.getRegistrations().then((registrations) => registrations.forEach((r) => void r.unregister()));
      return;
    }
    void this.#register(this.dataset['worker'] ?? 'sw.js', this.dataset['scope'] ?? '/');
  }

  async #register(worker: string, scope: string): Promise<void> {
    const state = this.querySelector<HTMLElement>('[data-state]');
    const prompt = this.querySelector<HTMLElement>('[data-prompt]');
    if (!state || !prompt) return;
    const words = islandWords<OfflineKey>(this);
    const [saving, available, notSaved] = [words('offline.saving'), words('offline.available'), words('offline.notSaved')];
    const workbox = new Workbox(worker, { scope });
    let reloading = false;

    workbox.addEventListener('controlling', () => {
      if (reloading) location.reload();
      else state.textContent = available;
    });
    workbox.addEventListener('waiting', () => {
      // The first install never waits; a worker waiting behind a controller is a new version.
      if (navigator.serviceWorker.controller) prompt.hidden = false;
    });
    workbox.addEventListener('redundant', (event) => {
      if (!navigator.serviceWorker.controller && !event.isExternal) state.textContent = notSaved;
    });
    prompt.querySelector('[data-later]')?.addEventListener('click', () => {
      prompt.hidden = true;
    });

    const registration = await workbox.register().catch(() => undefined);
    if (!registration) return;
    prompt.querySelector('[data-reload]')?.addEventListener('click', () => {
      if (reloading) return;
      reloading = true;
      // The waiting worker takes over (SKIP_WAITING), then "controlling" reloads the page, once;
      // if another tab has already let it take over, there is nothing to wait for.
      if (registration.waiting) workbox.messageSkipWaiting();
      else location.reload();
    });
    if (navigator.serviceWorker.controller) state.textContent = available;
    else if (registration.installing) state.textContent = saving;
  }
}

customElements.define('offline-status', OfflineStatus);
