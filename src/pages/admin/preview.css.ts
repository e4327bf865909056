/**
 * /admin/preview.css: the site's own stylesheet and brand colour for Decap's preview
 * pane, so a preview looks like the page it will become; with the checklist's, which a
 * procedure's preview draws.
 */
import binderCss from '../../styles/binder.css?raw';
import checklistCss from '../../styles/checklist.css?raw';
import { loadBinder } from '../../site/binder.ts';

export async function GET(): Promise<Response> {
  const { binder } = await loadBinder();
  const css = `${binderCss}\n${checklistCss}\nhtml:root{--brand:${binder.site.theme.accent};--accent:${binder.site.theme.accent}}\n`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
}
