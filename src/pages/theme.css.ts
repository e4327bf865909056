/**
 * The brand colour from content/site.yaml, the link colour derived from it for light
 * and dark, and the dark palette, as CSS custom properties served as a file (not
 * inline) so a fork rebrands in data and the pages need no inline style.
 */
import { themeStylesheet } from '../domain/theme-stylesheet.ts';
import { loadBinder } from '../site/binder.ts';

export async function GET(): Promise<Response> {
  const { binder } = await loadBinder();
  return new Response(themeStylesheet(binder.site.theme.accent), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
}
