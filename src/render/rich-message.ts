/**
 * A catalogue message whose placeholders hold markup (a link, a <time>, a <span> the
 * scaler redraws): each `{name}` given in `parts` becomes that node, so a translation
 * can move it within its sentence. The counterpart of src/components/RichMessage.astro
 * for markup drawn here.
 */
import type { ElementContent } from 'hast';
import type { MessageKey } from '../i18n/messages/en.ts';
import type { RenderContext } from './render-context.ts';

export function richMessage(context: Pick<RenderContext, 't'>, key: MessageKey, parts: Readonly<Record<string, ElementContent>>): ElementContent[] {
  // Without params the message keeps its placeholders, to be split on here.
  return context
    .t(key)
    .split(/\{(\w+)\}/)
    .flatMap((piece, i): ElementContent[] => {
      if (i % 2 === 0) return piece === '' ? [] : [{ type: 'text', value: piece }];
      return [parts[piece] ?? { type: 'text', value: `{${piece}}` }];
    });
}
