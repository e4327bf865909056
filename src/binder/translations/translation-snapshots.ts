/**
 * The binder's translations at one revision, reduced to what the kitchen diff compares:
 * each piece of prose's state, and its translated words where it is translated.
 */
import type { TranslationSnapshot, TranslationSnapshots } from '../../domain/kitchen-diff/translation-changes.ts';
import type { BinderTranslations } from './read-translations.ts';

export function translationSnapshots(translations: BinderTranslations): TranslationSnapshots {
  const byLanguage = new Map<string, Map<string, TranslationSnapshot>>();
  for (const [language, records] of translations.byLanguage) {
    const snapshots = new Map<string, TranslationSnapshot>();
    for (const [key, record] of records) {
      const states: Record<string, TranslationSnapshot['states'][string]> = {};
      const texts: Record<string, string> = {};
      for (const report of record.prose) {
        const path = report.path.join('.');
        states[path] = report.state;
        if (report.state !== 'current' && report.state !== 'stale') continue;
        const text = path === 'body' ? (record.bodyTranslated ? record.body : undefined) : valueAt(record.data, report.path);
        if (typeof text === 'string') texts[path] = text;
      }
      snapshots.set(key, { states, texts });
    }
    byLanguage.set(language, snapshots);
  }
  return byLanguage;
}

function valueAt(data: unknown, path: ReadonlyArray<string | number>): unknown {
  return path.reduce<unknown>((value, part) => (value === null || typeof value !== 'object' ? undefined : (value as Record<string | number, unknown>)[part]), data);
}
