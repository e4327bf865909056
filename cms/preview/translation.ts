/**
 * The preview of a translation being edited (`recipes-es`): the entry's page in that
 * language, drawn by the entry type's own preview (so by src/render/, as the page is)
 * from the original entry with the draft's words laid over it, numbers, allergens and
 * links from the original; above it, what the translator still has to do before the
 * page shows every piece in their words. The original is read once per entry from
 * /admin/originals/, so the preview waits for it: a class component, because Decap's
 * React runs it (a class's state works across React copies; hooks would not).
 */
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import { h } from 'hastscript';
import { Component, createElement, type ComponentType, type ReactNode } from 'react';
import type { CollectionName } from '../../src/schemas/reference.ts';
import type { ShownInOriginal } from './binder-data.ts';
import type { OriginalEntry } from './original-entry.ts';
import { text } from './read.ts';
import { toReact, type PreviewProps } from './to-react.ts';
import { translatedDraft, type TranslatedDraft } from './translated-draft.ts';

/** Where the previews of translations read originals; each is fetched once. */
export class OriginalEntries {
  readonly #loaded = new Map<string, OriginalEntry>();
  readonly #loading = new Map<string, Promise<OriginalEntry>>();

  readonly #urlOf: (collection: CollectionName, id: string) => string;

  constructor(urlOf: (collection: CollectionName, id: string) => string) {
    this.#urlOf = urlOf;
  }

  get(collection: CollectionName, id: string): OriginalEntry | undefined {
    return this.#loaded.get(`${collection}/${id}`);
  }

  load(collection: CollectionName, id: string): Promise<OriginalEntry> {
    const key = `${collection}/${id}`;
    let loading = this.#loading.get(key);
    if (!loading) {
      const url = this.#urlOf(collection, id);
      loading = fetch(url).then(async (response) => {
        if (!response.ok) throw new Error(`could not read ${url} (HTTP ${response.status}) — is \`${key}\` in the binder? Rebuild the site with \`npm run build\``);
        const original = (await response.json()) as OriginalEntry;
        this.#loaded.set(key, original);
        return original;
      });
      // A failed read may be retried when the preview draws again.
      loading.catch(() => this.#loading.delete(key));
      this.#loading.set(key, loading);
    }
    return loading;
  }
}

export interface TranslationPreviewOptions {
  readonly collection: CollectionName;
  /** The language's tag (`es`) and its name in English, for the translator's notes. */
  readonly language: { readonly tag: string; readonly englishName: string };
  /** The entry type's own preview, in that language. */
  readonly template: ComponentType<PreviewProps>;
  /** The original's language and the names of entries not translated yet (from the language's binder data), which the page marks. */
  readonly original: ShownInOriginal | undefined;
  readonly originals: OriginalEntries;
}

type Template = PreviewTemplateComponentProps;

export function translationPreview({ collection, language, template, originals, original: shown }: TranslationPreviewOptions): ComponentType<Template> {
  return class TranslationPreview extends Component<Template, { failed?: string | undefined }> {
    override state: { failed?: string | undefined } = {};

    override componentDidMount(): void {
      this.#load();
    }

    override componentDidUpdate(previous: Template): void {
      if (slugOf(previous) !== slugOf(this.props)) this.#load();
    }

    #load(): void {
      const slug = slugOf(this.props);
      if (!slug || originals.get(collection, slug)) return;
      originals.load(collection, slug).then(
        () => this.setState({ failed: undefined }),
        (error: Error) => this.setState({ failed: error.message }),
      );
    }

    override render(): ReactNode {
      const slug = slugOf(this.props) ?? '';
      const original = originals.get(collection, slug);
      if (!original) return toReact(note(this.state.failed ? `The original of this translation could not be read: ${this.state.failed}` : 'Reading the original entry…'));
      const draft = translatedDraft(original, this.props.entry.get('data')?.toJS(), `npm run translations -- reviewed ${language.tag} ${collection}/${slug}`);
      return createElement('div', { className: 'translation-preview' }, toReact(status(draft, language.englishName)), createElement('div', { lang: language.tag }, createElement(template, pageProps(this.props, draft, shown))));
    }
  };
}

function slugOf(props: Template): string | undefined {
  return text(props.entry.get('slug'));
}

/**
 * The props the entry type's preview reads, as if the page's data were being edited; the
 * body shows only where the page would show it, and words in the original's language are
 * marked as the page marks them.
 */
function pageProps(props: Template, draft: TranslatedDraft, shown: ShownInOriginal | undefined): PreviewProps {
  const entry = { get: (key: string) => (key === 'data' ? { toJS: () => draft.data } : props.entry.get(key)) };
  const widgetFor = (name: string) => (name === 'body' && draft.bodyShown === false ? null : props.widgetFor(name));
  const inOriginal = shown && { lang: shown.lang, texts: new Set([...shown.names, ...draft.shownInOriginal]) };
  return { ...props, entry, widgetFor, ...(inOriginal && { inOriginal }) } as unknown as PreviewProps;
}

/** The translator's notes: how far the translation is, and each piece still to do. */
function status(draft: TranslatedDraft, languageName: string) {
  const { current, stale, missing, withheld } = draft.summary;
  const total = current + stale + missing + withheld;
  const headline = draft.todo.length === 0 ? `${languageName}: every part translated and current (${total} of ${total}).` : `${languageName}: ${current} of ${total} parts translated and current.`;
  return {
    type: 'root' as const,
    children: [
      h('aside', { className: 'translation-notice translation-status', role: 'note', lang: 'en', dataTranslationState: draft.summary.state }, [
        h('p', [h('strong', headline)]),
        ...(draft.todo.length === 0 ? [] : [h('ul', draft.todo.map((todo) => h('li', { dataProseState: todo.state }, [h('strong', `${todo.part}: `), todo.message])))]),
      ]),
    ],
  };
}

function note(message: string) {
  return { type: 'root' as const, children: [h('p', { className: 'translation-notice', role: 'status', lang: 'en' }, message)] };
}
