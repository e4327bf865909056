/**
 * The event a script fires on window when it rewrites the page's address in place
 * (the recipe scaler writing `?scale=2`), so what depends on the address (the printed
 * QR code) follows without a reload.
 */
export const ADDRESS_CHANGE = 'binder:address-change';

export function replaceAddress(url: URL): void {
  history.replaceState(history.state, '', url);
  dispatchEvent(new Event(ADDRESS_CHANGE));
}
