/**
 * The binder's cover and table of contents, as one HTML document for the browser to
 * print: the cover on the first sheet, the contents from the second, page numbers from
 * numberPages. Self-contained (its own styles), so it needs nothing from the site but
 * the logo. Written in the binder's language as printed (`identity.locale`).
 */
import { qrCode } from '../domain/qr-code.ts';
import type { MessageParams } from '../i18n/format-message.ts';
import type { MessageKey } from '../i18n/messages/en.ts';
import { translatorFor, type Translate } from '../i18n/translate.ts';
import type { Contents } from './table-of-contents.ts';

/** What the cover says, read from the built home page. */
export interface BinderIdentity {
  readonly name: string;
  readonly tagline: string;
  /** The logo's address, when the identity has one. */
  readonly logo?: string | undefined;
  readonly licenseName: string;
  readonly licenseUrl: string;
  /** The live binder's address (the home page's canonical link). */
  readonly liveUrl: string;
  /** `en-US`, `es`: the language of the printed pages, for the date and the words. */
  readonly locale: string;
}

export interface FrontMatterInput {
  readonly identity: BinderIdentity;
  /** Under the name: "The binder", or the section printed ("Procedures"). */
  readonly subtitle: string;
  readonly contents: Contents;
  readonly printedOn: Date;
}

export function frontMatterHtml({ identity, subtitle, contents, printedOn }: FrontMatterInput): string {
  const t = translatorFor(identity.locale);
  const date = new Intl.DateTimeFormat(identity.locale, { dateStyle: 'long' }).format(printedOn);
  const licence = `<a href="${escapeHtml(identity.licenseUrl)}">${escapeHtml(identity.licenseName)}</a>`;
  const showSectionHeadings = contents.sections.length > 1;
  return `<!doctype html>
<html lang="${escapeHtml(identity.locale)}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(`${identity.name} — ${subtitle}`)}</title>
<style>${STYLES}</style>
</head>
<body>
<section class="cover">
  ${identity.logo ? `<img class="logo" src="${escapeHtml(identity.logo)}" alt="">` : ''}
  <h1>${escapeHtml(identity.name)}</h1>
  <p class="tagline">${escapeHtml(identity.tagline)}</p>
  <p class="subtitle">${escapeHtml(subtitle)}</p>
  <div class="live">
    ${qrCode(identity.liveUrl).svg}
    <p>${escapeHtml(t('print.live'))}<br><strong>${escapeHtml(identity.liveUrl)}</strong></p>
  </div>
  <p class="printed">${escapeHtml(t('print.printedOn', { date, count: contents.totalPages, n: String(contents.totalPages) }))}</p>
  <p class="licence">${htmlMessage(t, 'print.licence', { licence, url: escapeHtml(identity.licenseUrl) })}</p>
</section>
<section class="contents">
  <h1>${escapeHtml(t('print.contents'))}</h1>
  ${contents.sections
    .map(
      (section) => `<section>
    ${showSectionHeadings ? `<h2><span>${escapeHtml(section.title)}</span><span class="page">${section.page}</span></h2>` : ''}
    <ol>
      ${section.entries
        .map((entry) => `<li><a href="${escapeHtml(entry.url)}">${escapeHtml(entry.title)}</a><span class="page">${entry.page}</span></li>`)
        .join('\n      ')}
    </ol>
  </section>`,
    )
    .join('\n  ')}
</section>
</body>
</html>
`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** A message as HTML: its own words escaped, `html` parameters (already HTML) put in as they are. */
function htmlMessage(t: Translate, key: MessageKey, html: Readonly<Record<string, string>>, params: MessageParams = {}): string {
  const marks = Object.keys(html).map((name, i) => [name, `\u0000${i}\u0000`] as const);
  let text = escapeHtml(t(key, { ...params, ...Object.fromEntries(marks) }));
  for (const [name, mark] of marks) text = text.replaceAll(mark, html[name]!);
  return text;
}

const STYLES = `
@page { margin: 16mm 14mm 14mm; }
* { box-sizing: border-box; }
body { margin: 0; font: 11pt/1.4 system-ui, sans-serif; color: #000; }
a { color: inherit; text-decoration: none; }
.cover { display: flex; flex-direction: column; align-items: flex-start; min-height: 250mm; padding-top: 30mm; }
.cover .logo { height: 28mm; margin-bottom: 8mm; }
.cover h1 { margin: 0; font-size: 34pt; line-height: 1.1; }
.cover .tagline { margin: 4mm 0 0; font-size: 14pt; max-width: 150mm; }
.cover .subtitle { margin: 14mm 0 0; padding: 2mm 0; border-top: 2pt solid #000; border-bottom: 2pt solid #000; font-size: 20pt; font-weight: 700; }
.cover .live { display: flex; gap: 6mm; align-items: center; margin-top: auto; }
.cover .live svg { width: 28mm; height: 28mm; flex: none; }
.cover .live p { margin: 0; font-size: 10pt; }
.cover .printed { margin: 8mm 0 0; font-size: 10pt; }
.cover .licence { margin: 2mm 0 0; font-size: 9pt; }
.contents { break-before: page; }
.contents h1 { margin: 0 0 6mm; font-size: 22pt; }
.contents h2 { display: flex; justify-content: space-between; margin: 6mm 0 2mm; font-size: 13pt; border-bottom: 1pt solid #000; break-after: avoid; }
.contents ol { margin: 0; padding: 0; list-style: none; }
.contents li { display: flex; align-items: baseline; gap: 2mm; padding: 0.6mm 0; break-inside: avoid; }
.contents li::after { content: ""; order: 1; flex: 1; border-bottom: 1pt dotted #000; }
.contents li .page { order: 2; }
.page { font-variant-numeric: tabular-nums; }
`;
