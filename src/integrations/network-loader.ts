/**
 * The network report (`npm run network -- --json network-report.json`), when the site
 * is built with one beside content/: checked against its schema, since it carries what
 * forks wrote, and stored as one entry. Without the file the collection is empty and
 * no page mentions the network.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { NETWORK_REPORT_FILE, NetworkReportSchema } from '../schemas/network.ts';

export function networkReportLoader(): Loader {
  return {
    name: 'open-franchise:network',
    load: async ({ config, store, parseData, logger }) => {
      store.clear();
      const file = path.join(fileURLToPath(config.root), NETWORK_REPORT_FILE);
      const text = await readFile(file, 'utf8').catch(() => undefined);
      if (text === undefined) return;
      const json = JSON.parse(text) as { report?: unknown };
      const result = NetworkReportSchema.safeParse(json.report);
      if (!result.success) {
        throw new Error(`${NETWORK_REPORT_FILE}: ${result.error.issues[0]?.path.join('.')}: ${result.error.issues[0]?.message} — write it again with npm run network -- --json ${NETWORK_REPORT_FILE}, or delete it`);
      }
      logger.info(`network: ${result.data.forks} forks, ${result.data.agreements.length} agreements`);
      store.set({ id: 'report', data: await parseData({ id: 'report', data: result.data as unknown as Record<string, unknown> }) });
    },
  };
}
