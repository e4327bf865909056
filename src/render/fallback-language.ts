/**
 * Words shown in the original language on a page in another one (an entry not yet
 * translated, a step withheld for disagreeing on a number) carry that language's `lang`,
 * so a screen reader says "Fresh basil" in English on an Italian page (WCAG 3.1.2,
 * language of parts). A text that is the whole content of its element marks the
 * element; a text among others is wrapped in a <span>. A step drawn from its text with
 * its mentions resolved ("Stretch ", the dough's line, " to 30 cm…") marks its element
 * when every run of words in it comes from one text shown in the original.
 */
import type { Element, ElementContent, Root } from 'hast';

export function markFallbackLanguage(tree: Root, texts: ReadonlySet<string>, lang: string): Root {
  if (texts.size > 0) visit(tree, texts, lang);
  return tree;
}

/** Runs of words this long or longer are not found in another text by chance. */
const RUN_LENGTH = 12;

function visit(parent: Root | Element, texts: ReadonlySet<string>, lang: string): void {
  // An element already in a language says so itself; a <script> or <style> holds no words.
  if (parent.type === 'element' && (parent.properties['lang'] !== undefined || parent.tagName === 'script' || parent.tagName === 'style')) return;
  const only = parent.type === 'element' && parent.children.length === 1 ? parent.children[0] : undefined;
  if ((only?.type === 'text' && texts.has(only.value.trim())) || (parent.type === 'element' && isDrawnFromOne(parent, texts))) {
    (parent as Element).properties['lang'] = lang;
    return;
  }
  parent.children = parent.children.map((child): ElementContent => {
    if (child.type === 'text' && texts.has(child.value.trim())) return { type: 'element', tagName: 'span', properties: { lang }, children: [child] };
    if (child.type === 'element') visit(child, texts, lang);
    return child as ElementContent;
  }) as typeof parent.children;
}

/** Whether every run of words directly in `element` is part of one of `texts`, and one run at least is long. */
function isDrawnFromOne(element: Element, texts: ReadonlySet<string>): boolean {
  const runs = element.children.flatMap((child) => (child.type === 'text' && child.value.trim() !== '' ? [child.value.trim()] : []));
  if (runs.length < 2 || !runs.some((run) => run.length >= RUN_LENGTH)) return false;
  for (const text of texts) if (runs.every((run) => text.includes(run))) return true;
  return false;
}
