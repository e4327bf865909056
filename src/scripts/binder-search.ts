/**
 * <binder-search>: the search page's island. Loads Pagefind's index from the built
 * site (static files, so it works offline once cached), builds the filters from the
 * index itself, and keeps the query in the URL so a search can be shared or reloaded.
 * "Free from" filters exclude every page that contains (or may contain) the allergen.
 * Its words come from the page (`data-messages`), in the page's language.
 */
import type { Words } from '../i18n/words.ts';
import { islandWords } from './island-words.ts';

type SearchKey =
  | 'search.filter.section'
  | 'search.filter.course'
  | 'search.filter.station'
  | 'search.filter.free'
  | 'search.loading'
  | 'search.unavailable'
  | 'search.prompt'
  | 'search.nothing'
  | 'search.count'
  | 'search.countFirst'
  | 'search.page'
  | 'allergen.badges';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    term: string | null,
    options: { filters: Record<string, unknown> },
  ): Promise<{ results: Array<{ id: string; data(): Promise<PagefindResultData> }> } | null>;
}

/** Filter groups the page offers, in order; `exclude` groups use Pagefind's `none`. */
const GROUPS = [
  { filter: 'section', param: 'section', legend: 'search.filter.section', exclude: false },
  { filter: 'course', param: 'course', legend: 'search.filter.course', exclude: false },
  { filter: 'station', param: 'station', legend: 'search.filter.station', exclude: false },
  { filter: 'allergen', param: 'free', legend: 'search.filter.free', exclude: true },
] as const;

/** "Free from" only makes sense for food: it narrows to these sections, named as the page's language names them (data-food-sections). */
const FOOD_SECTIONS = ['Recipes', 'Ingredients'];
const MAX_RESULTS = 30;

class BinderSearch extends HTMLElement {
  #pagefind: Pagefind | undefined;
  #input!: HTMLInputElement;
  #filters!: HTMLElement;
  #status!: HTMLElement;
  #results!: HTMLOListElement;
  #run = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #words!: Words<SearchKey>;

  async connectedCallback(): Promise<void> {
    this.#words = islandWords<SearchKey>(this);
    this.#input = this.querySelector('input[type="search"]') as HTMLInputElement;
    this.#filters = this.querySelector('[data-filters]') as HTMLElement;
    this.#status = this.querySelector('[data-status]') as HTMLElement;
    this.#results = this.querySelector('[data-results]') as HTMLOListElement;
    const form = this.querySelector('form') as HTMLFormElement;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#search();
    });
    this.#input.addEventListener('input', () => this.#debounce());
    this.#filters.addEventListener('change', () => void this.#search());

    const params = new URLSearchParams(location.search);
    this.#input.value = params.get('q') ?? '';
    this.#status.textContent = this.#words('search.loading');
    try {
      const bundle = this.dataset.bundle ?? '/pagefind/';
      this.#pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
      // Pagefind indexes the pages without the site's base path: results link under it.
      await this.#pagefind.options({ excerptLength: 24, baseUrl: this.dataset.base ?? '/' });
      await this.#pagefind.init();
      this.#renderFilters(await this.#pagefind.filters(), params);
    } catch {
      this.#status.textContent = this.#words('search.unavailable');
      return;
    }
    this.toggleAttribute('data-ready', true);
    await this.#search();
  }

  #debounce(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#search(), 200);
  }

  #renderFilters(available: Record<string, Record<string, number>>, params: URLSearchParams): void {
    this.#filters.replaceChildren();
    for (const group of GROUPS) {
      const values = Object.keys(available[group.filter] ?? {}).sort((a, b) => a.localeCompare(b));
      if (values.length === 0) continue;
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = this.#words(group.legend);
      fieldset.append(legend);
      const selected = new Set(params.getAll(group.param));
      for (const value of values) {
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = group.param;
        box.value = value;
        box.checked = selected.has(value);
        label.append(box, ` ${value.charAt(0).toUpperCase()}${value.slice(1)}`);
        fieldset.append(label);
      }
      this.#filters.append(fieldset);
    }
  }

  #selected(param: string): string[] {
    return [...this.#filters.querySelectorAll<HTMLInputElement>(`input[name="${param}"]:checked`)].map((box) => box.value);
  }

  async #search(): Promise<void> {
    const pagefind = this.#pagefind;
    if (!pagefind) return;
    const run = ++this.#run;
    const term = this.#input.value.trim();
    const filters: Record<string, unknown> = {};
    const url = new URL(location.href);
    url.search = '';
    if (term) url.searchParams.set('q', term);
    for (const group of GROUPS) {
      const values = this.#selected(group.param);
      for (const value of values) url.searchParams.append(group.param, value);
      if (values.length === 0) continue;
      filters[group.filter] = group.exclude ? { none: values } : { any: values };
    }
    if (filters['allergen'] && !filters['section']) filters['section'] = { any: this.dataset.foodSections ? (JSON.parse(this.dataset.foodSections) as string[]) : FOOD_SECTIONS };
    history.replaceState(null, '', url);

    if (!term && Object.keys(filters).length === 0) {
      this.#results.replaceChildren();
      this.#status.textContent = this.#words('search.prompt');
      return;
    }
    const response = await pagefind.search(term || null, { filters });
    if (run !== this.#run || !response) return; // a newer search has started
    const data = await Promise.all(response.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    if (run !== this.#run) return;
    const count = response.results.length;
    this.#status.textContent =
      count === 0
        ? this.#words('search.nothing')
        : count > MAX_RESULTS
          ? this.#words('search.countFirst', { n: String(count), max: String(MAX_RESULTS) })
          : this.#words('search.count', { count, n: String(count) });
    this.#results.replaceChildren(...data.map((item) => this.#renderResult(item)));
  }

  #renderResult(item: PagefindResultData): HTMLLIElement {
    const li = document.createElement('li');
    const link = document.createElement('a');
    link.href = item.url;
    link.textContent = item.meta['title'] ?? item.url;
    const type = document.createElement('span');
    type.className = 'tag';
    type.textContent = item.meta['type'] ?? this.#words('search.page');
    li.append(link, type);
    const contains = item.meta['contains'];
    if (contains) {
      const badges = document.createElement('ul');
      badges.className = 'allergen-badges allergen-badges--compact';
      badges.setAttribute('aria-label', this.#words('allergen.badges'));
      for (const label of contains.split(' · ')) {
        const badge = document.createElement('li');
        badge.className = 'allergen-badge';
        badge.textContent = label;
        badges.append(badge);
      }
      li.append(badges);
    }
    const excerpt = document.createElement('p');
    excerpt.className = 'excerpt';
    excerpt.append(...excerptNodes(item.excerpt));
    li.append(excerpt);
    return li;
  }
}

/**
 * Pagefind's excerpt is escaped text with <mark> around hits. It is rebuilt as
 * text nodes and <mark> elements, never parsed as HTML, so no content can inject markup.
 */
function excerptNodes(excerpt: string): Node[] {
  const decode = (text: string) => new DOMParser().parseFromString(`<!doctype html><body>${text}`, 'text/html').body.textContent ?? '';
  return excerpt.split(/(<mark>.*?<\/mark>)/g).map((part) => {
    const hit = /^<mark>(.*)<\/mark>$/.exec(part);
    if (!hit) return document.createTextNode(decode(part));
    const mark = document.createElement('mark');
    mark.textContent = decode(hit[1] ?? '');
    return mark;
  });
}

customElements.define('binder-search', BinderSearch);
