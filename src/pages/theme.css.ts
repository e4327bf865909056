/**
 * The brand colours from content/site.yaml as CSS custom properties, served as a
 * file (not inline) so a fork rebrands in data and the pages need no inline style.
 */
import { loadBinder } from '../site/binder.ts';

export async function GET(): Promise<Response> {
  const { binder } = await loadBinder();
  // `html:root` outranks the stylesheet default on `:root`, whichever file the browser reads last.
  const css = `html:root{--accent:${binder.site.theme.accent}}\n`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
}
