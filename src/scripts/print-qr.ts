/**
 * <print-qr>: the printed page's QR code follows the batch being printed. The build
 * draws the code for the page's plain address; when the address carries a choice
 * (`?scale=2`), the code is redrawn for it just before printing. The QR encoder is
 * loaded with a dynamic import, so a page that is never printed never downloads it.
 */

import { ADDRESS_CHANGE } from './address-change.ts';

type QrModule = typeof import('../domain/qr-code.ts');

let encoder: QrModule | undefined;
let loading: Promise<QrModule> | undefined;

function loadEncoder(): Promise<QrModule> {
  loading ??= import('../domain/qr-code.ts').then((module) => (encoder = module));
  return loading;
}

class PrintQr extends HTMLElement {
  #drawnFor = '';
  readonly #redraw = (): void => this.#draw();

  connectedCallback(): void {
    this.#drawnFor = this.dataset['url'] ?? '';
    addEventListener('beforeprint', this.#redraw);
    // The batch controls change the address without a reload: draw for the new one at once,
    // since `beforeprint` cannot wait for the encoder to download.
    addEventListener(ADDRESS_CHANGE, this.#redraw);
    // A page opened from a scaled link will likely be printed at that scale: fetch the encoder
    // while idle, so the redraw at `beforeprint` is immediate (the browser lays out right after).
    if (location.search) whenIdle(() => void loadEncoder());
  }

  disconnectedCallback(): void {
    removeEventListener('beforeprint', this.#redraw);
    removeEventListener(ADDRESS_CHANGE, this.#redraw);
  }

  /** The live address of this page with the current query: the built URL keeps the published host. */
  #target(): string {
    const url = new URL(this.dataset['url'] ?? location.href);
    url.search = location.search;
    return url.href;
  }

  #draw(): void {
    const target = this.#target();
    if (target === this.#drawnFor) return;
    if (!encoder) {
      void loadEncoder().then(() => this.#draw());
      return;
    }
    this.querySelector('svg')?.replaceWith(svgElement(encoder.qrCode(target).svg));
    this.#drawnFor = target;
    this.dataset['drawnFor'] = target;
  }
}

/** Safari has no requestIdleCallback. */
function whenIdle(task: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(task);
  else setTimeout(task, 1);
}

function svgElement(markup: string): Element {
  return new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
}

customElements.define('print-qr', PrintQr);
