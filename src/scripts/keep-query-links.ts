/**
 * Links marked `data-keep-query` carry the page's query string to where they lead,
 * so the batch chosen on the recipe page (`?scale=2`) is the batch cooked in cook mode,
 * and back. Set at load and again at the click, since the page may change its query
 * without reloading.
 */
function carryQuery(link: HTMLAnchorElement): void {
  link.search = location.search;
}

for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-query]')) carryQuery(link);
document.addEventListener(
  'click',
  (event) => {
    const link = (event.target as Element).closest?.<HTMLAnchorElement>('a[data-keep-query]');
    if (link) carryQuery(link);
  },
  true,
);
