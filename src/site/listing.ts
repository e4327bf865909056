import type { BinderIndex } from '../domain/binder-index.ts';
import type { Binder } from '../domain/binder.ts';
import { translatorFor } from '../i18n/translate.ts';
import { EquipmentCategorySchema } from '../schemas/equipment.ts';
import { IngredientCategorySchema } from '../schemas/ingredient.ts';
import { ProcedureKindSchema } from '../schemas/procedure.ts';
import { CourseSchema } from '../schemas/recipe.ts';
import type { CollectionName } from '../schemas/reference.ts';
import { capitalized } from './labels.ts';

/** Entries per listing page: long enough to scroll, short enough to stay light at 10,000 entries. */
export const PAGE_SIZE = 100;

/** One row of a section listing. */
export interface ListingItem {
  readonly id: string;
  readonly title: string;
  /** A short line under the title: what it is. */
  readonly detail: string;
  /** Heading the row sits under, when the section is grouped. */
  readonly group?: string | undefined;
}

interface Ranked extends ListingItem {
  /** Position of the group (or of the entry, for ordered sections). */
  readonly rank: number;
}

/** A section's entries in reading order (grouped by course, kind or category; else by their `order`), in the binder's language. */
export function listingItems(binder: Binder, index: BinderIndex, collection: CollectionName): ListingItem[] {
  const title = (id: string) => index.title(collection, id);
  const { locale } = binder.site;
  const t = translatorFor(locale);
  const label = (text: string) => capitalized(text, locale);
  const items: Ranked[] = index.sortedIds(collection).map((id): Ranked => {
    switch (collection) {
      case 'recipes': {
        const r = binder.recipes.get(id)!;
        return { id, title: title(id), detail: `${r.category} — ${r.summary}`, group: label(t(`course.${r.course}`)), rank: CourseSchema.options.indexOf(r.course) };
      }
      case 'procedures': {
        const p = binder.procedures.get(id)!;
        return { id, title: title(id), detail: `${label(t(`frequency.${p.frequency}`))} · ${p.summary}`, group: label(t(`procedureKind.${p.kind}`)), rank: ProcedureKindSchema.options.indexOf(p.kind) };
      }
      case 'setup': {
        const s = binder.setup.get(id)!;
        return { id, title: `${s.order}. ${title(id)}`, detail: s.summary, rank: s.order };
      }
      case 'ingredients': {
        const i = binder.ingredients.get(id)!;
        return { id, title: title(id), detail: t(`listing.storage.${i.storage.zone}`), group: label(t(`ingredientCategory.${i.category}`)), rank: IngredientCategorySchema.options.indexOf(i.category) };
      }
      case 'equipment': {
        const e = binder.equipment.get(id)!;
        return { id, title: title(id), detail: e.specification ?? '', group: label(t(`equipmentCategory.${e.category}`)), rank: EquipmentCategorySchema.options.indexOf(e.category) };
      }
      case 'stations': {
        const s = binder.stations.get(id)!;
        return { id, title: title(id), detail: s.summary, rank: s.order };
      }
      case 'menu': {
        // Dishes in menu order; each section where its first dish comes.
        const m = binder.menu.get(id)!;
        return { id, title: title(id), detail: m.description ?? '', group: m.section, rank: (m.order ?? Number.MAX_SAFE_INTEGER) };
      }
    }
  });
  // A stable sort keeps the alphabetical order inside each group.
  return items.sort((a, b) => a.rank - b.rank).map(({ rank: _rank, ...item }) => item);
}
