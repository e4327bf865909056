/**
 * The PDF's bookmarks (its outline): sections, and under each its entries, so a
 * reader on a tablet jumps to a recipe from the side panel. pdf-lib has no outline
 * API, so this writes the outline dictionaries the PDF standard describes (ISO 32000,
 * 12.3.3) with pdf-lib's low-level objects.
 */
import { PDFDict, PDFHexString, PDFName, PDFNumber, type PDFDocument, type PDFRef } from 'pdf-lib';

export interface OutlineItem {
  readonly title: string;
  /** Index of the page it opens, from 0. */
  readonly pageIndex: number;
  readonly children?: readonly OutlineItem[];
}

/** Replaces the document's outline with `items` (sections open, entries under them). */
export function setOutline(doc: PDFDocument, items: readonly OutlineItem[]): void {
  if (items.length === 0) return;
  const outlinesRef = doc.context.nextRef();
  const { first, last, count } = addLevel(doc, items, outlinesRef);
  doc.context.assign(
    outlinesRef,
    doc.context.obj({ Type: 'Outlines', First: first, Last: last, Count: PDFNumber.of(count) }),
  );
  doc.catalog.set(PDFName.of('Outlines'), outlinesRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/** Writes one level of siblings under `parent`; returns its ends and how many items show open. */
function addLevel(doc: PDFDocument, items: readonly OutlineItem[], parent: PDFRef): { first: PDFRef; last: PDFRef; count: number } {
  const pages = doc.getPages();
  const refs = items.map(() => doc.context.nextRef());
  let visible = 0;
  items.forEach((item, i) => {
    const page = pages[Math.min(Math.max(item.pageIndex, 0), pages.length - 1)]!;
    const dict: PDFDict = doc.context.obj({
      Title: PDFHexString.fromText(item.title),
      Parent: parent,
      Dest: [page.ref, 'XYZ', null, null, null],
    });
    if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]!);
    if (i < items.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]!);
    visible += 1;
    if (item.children && item.children.length > 0) {
      const children = addLevel(doc, item.children, refs[i]!);
      dict.set(PDFName.of('First'), children.first);
      dict.set(PDFName.of('Last'), children.last);
      dict.set(PDFName.of('Count'), PDFNumber.of(children.count));
      visible += children.count;
    }
    doc.context.assign(refs[i]!, dict);
  });
  return { first: refs[0]!, last: refs.at(-1)!, count: visible };
}
