/**
 * /admin/binder/<language>.json: what the editor's preview of a translation knows about
 * the rest of the binder in that language (cms/preview/binder-data.ts): its names,
 * translated where they are (and which are not, to mark as the pages do), and links to
 * that language's pages.
 */
import type { GetStaticPaths } from 'astro';
import { previewBinder } from '../../../../cms/preview/binder-data.ts';
import type { BinderLanguage } from '../../../i18n/languages.ts';
import { loadBinder, loadOwnBinder } from '../../../site/binder.ts';
import { namesInOriginal } from '../../../site/fallback-texts.ts';
import { href } from '../../../site/urls.ts';

export const getStaticPaths = (async () => {
  const { languages } = await loadOwnBinder();
  return languages.filter((language) => !language.original).map((language) => ({ params: { language: language.segment }, props: { language } }));
}) satisfies GetStaticPaths;

export async function GET({ props }: { props: { language: BinderLanguage } }): Promise<Response> {
  const site = await loadBinder(props.language);
  const original = { lang: (await loadOwnBinder()).languages[0]!.tag, names: await namesInOriginal(site) };
  return new Response(JSON.stringify(previewBinder(site.binder, site.index, { base: href(), segment: props.language.segment }, original)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
