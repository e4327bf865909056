/** A name as a slug the binder accepts: "Brooklyn Slice" → `brooklyn-slice`, "Crème brûlée" → `creme-brulee`; empty when nothing is left. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
