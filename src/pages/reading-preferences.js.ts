/**
 * /reading-preferences.js: the few hundred bytes BinderLayout's head runs before first
 * paint to apply the cook's saved theme and text size. A file, not inline, for the CSP.
 */
import { preferencesBootScript } from '../domain/reading-preferences.ts';

export function GET(): Response {
  return new Response(preferencesBootScript(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
