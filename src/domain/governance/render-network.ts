/**
 * The network report in words: agreements first (what upstream could adopt), then
 * each upstream entry with the restaurants that changed it. Text and Markdown, like
 * the kitchen diff; names and lines from forks are untrusted and escaped in Markdown.
 */
import { escape } from '../kitchen-diff/render-markdown.ts';
import type { NetworkReport } from './network-agreement.ts';

const KIND: Readonly<Record<'replaced' | 'patched' | 'hidden', string>> = { replaced: 'replaces it', patched: 'patches it', hidden: 'hides it' };

export function renderNetworkText(report: NetworkReport): string {
  const out: string[] = [`Read ${report.forks} restaurant binder${report.forks === 1 ? '' : 's'} that forked this one.`, ''];
  if (report.agreements.length > 0) {
    out.push('Where restaurants agree');
    for (const agreement of report.agreements) out.push(`  ${agreement.text}: ${agreement.restaurants.join(', ')}`);
    out.push('');
  }
  for (const entry of report.entries) {
    out.push(`${entry.title} (${entry.entry}) — local variants in ${entry.variants.length} restaurant${entry.variants.length === 1 ? '' : 's'}`);
    for (const variant of entry.variants) {
      out.push(`  ${variant.restaurant} ${KIND[variant.kind]}`);
      for (const line of variant.lines) out.push(`      ${line}`);
    }
  }
  if (report.entries.length === 0) out.push('No restaurant changes an entry of this binder.');
  return out.join('\n');
}

export function renderNetworkMarkdown(report: NetworkReport): string {
  const out: string[] = [`## What ${report.forks} restaurant${report.forks === 1 ? '' : 's'} changed`, ''];
  if (report.agreements.length > 0) {
    out.push('### Where restaurants agree', '');
    for (const agreement of report.agreements) out.push(`- **${escape(agreement.text)}**: ${escape(agreement.restaurants.join(', '))}`);
    out.push('');
  }
  for (const entry of report.entries) {
    out.push(`### ${escape(entry.title)}`, '');
    for (const variant of entry.variants) {
      out.push(`- ${escape(variant.restaurant)} ${KIND[variant.kind]}`);
      for (const line of variant.lines) out.push(`  - ${escape(line)}`);
    }
    out.push('');
  }
  return out.join('\n');
}
