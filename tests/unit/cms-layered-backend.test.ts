/**
 * A fork's editor reads upstream's entries through the restaurant's layer: listed and
 * opened at the layer's paths (so a save lands in the layer), with upstream's data, or
 * the entry as patched; everything else reaches Decap's backend untouched.
 */
import { describe, expect, test } from 'vitest';
import type { LayerData } from '../../cms/layer-data.ts';
import { throughLayer } from '../../cms/layered-backend.ts';

/** A backend over a map of files, recording what it was asked. */
class FakeBackend {
  readonly asked: string[] = [];
  readonly saved: string[] = [];
  private readonly files: Record<string, string>;
  constructor(files: Record<string, string>) {
    this.files = files;
  }
  async entriesByFolder(folder: string, _extension?: string, _depth?: number) {
    this.asked.push(`list ${folder}`);
    const entries = Object.entries(this.files).filter(([path]) => path.slice(0, path.lastIndexOf('/')) === folder);
    if (entries.length === 0) throw new Error(`no folder ${folder}`);
    return entries.map(([path, data]) => ({ data, file: { path, id: `sha-${path}` } }));
  }
  async getEntry(path: string) {
    this.asked.push(`get ${path}`);
    const data = this.files[path];
    if (data === undefined) throw new Error(`404 ${path}`);
    return { data, file: { path, id: `sha-${path}` } };
  }
  async persistEntry(entry: { dataFiles: Array<{ path: string }> }) {
    // Uses `this`, as Decap's class implementations do.
    this.saved.push(...entry.dataFiles.map((file) => file.path));
  }
}

const LAYER: LayerData = {
  folder: 'layers/brooklyn',
  collections: {
    recipes: {
      folder: 'layers/brooklyn/recipes',
      extension: '.mdx',
      upstream: {
        margherita: { path: 'content/recipes/margherita.mdx' },
        'pizza-dough': { path: 'content/recipes/pizza-dough.mdx', text: 'dough as patched' },
        calzone: { path: 'layers/franchise/recipes/calzone.mdx' },
      },
    },
  },
};

const FILES = {
  'content/recipes/margherita.mdx': 'upstream margherita',
  'content/recipes/pizza-dough.mdx': 'upstream dough',
  'content/recipes/tiramisu.mdx': 'hidden here: not in the layer data',
  'layers/franchise/recipes/calzone.mdx': 'franchise calzone',
  'layers/brooklyn/recipes/chopped-salad.mdx': 'our salad',
};

describe('throughLayer', () => {
  test('a layer folder lists its own entries and upstream’s at layer paths, one listing per upstream folder', async () => {
    const backend = new FakeBackend(FILES);
    const entries = await throughLayer(backend, LAYER).entriesByFolder('layers/brooklyn/recipes', 'mdx', 1);
    expect(entries.map((entry) => [entry.file.path, entry.data])).toEqual([
      ['layers/brooklyn/recipes/chopped-salad.mdx', 'our salad'],
      ['layers/brooklyn/recipes/margherita.mdx', 'upstream margherita'],
      ['layers/brooklyn/recipes/pizza-dough.mdx', 'dough as patched'],
      ['layers/brooklyn/recipes/calzone.mdx', 'franchise calzone'],
    ]);
    expect(backend.asked).toEqual(['list layers/brooklyn/recipes', 'list content/recipes', 'list layers/franchise/recipes']);
  });

  test('a layer with no folder of its own yet still lists upstream’s entries', async () => {
    const { 'layers/brooklyn/recipes/chopped-salad.mdx': _ours, ...upstreamOnly } = FILES;
    const entries = await throughLayer(new FakeBackend(upstreamOnly), LAYER).entriesByFolder('layers/brooklyn/recipes', 'mdx', 1);
    expect(entries.map((entry) => entry.file.path)).toEqual(['layers/brooklyn/recipes/margherita.mdx', 'layers/brooklyn/recipes/pizza-dough.mdx', 'layers/brooklyn/recipes/calzone.mdx']);
  });

  test.each([
    ['layers/brooklyn/recipes/margherita.mdx', 'upstream margherita', ['get content/recipes/margherita.mdx']],
    ['layers/brooklyn/recipes/pizza-dough.mdx', 'dough as patched', []],
    ['layers/brooklyn/recipes/chopped-salad.mdx', 'our salad', ['get layers/brooklyn/recipes/chopped-salad.mdx']],
  ])('opening %s reads %s, under the layer path', async (path, data, asked) => {
    const backend = new FakeBackend(FILES);
    const entry = await throughLayer(backend, LAYER).getEntry(path);
    expect(entry).toEqual({ data, file: expect.objectContaining({ path }) });
    expect(backend.asked).toEqual(asked);
  });

  test('an entry the layer does not offer (hidden, or unknown) is not read from upstream', async () => {
    const backend = new FakeBackend(FILES);
    await expect(throughLayer(backend, LAYER).getEntry('layers/brooklyn/recipes/tiramisu.mdx')).rejects.toThrow('404 layers/brooklyn/recipes/tiramisu.mdx');
  });

  test('other folders and every other method reach the backend untouched, with `this` intact', async () => {
    const backend = new FakeBackend(FILES);
    const layered = throughLayer(backend, LAYER);
    expect((await layered.entriesByFolder('content/recipes', 'mdx', 1)).length).toBe(3);
    await layered.persistEntry({ dataFiles: [{ path: 'layers/brooklyn/recipes/margherita.mdx' }] });
    expect(backend.saved).toEqual(['layers/brooklyn/recipes/margherita.mdx']);
  });
});
