/**
 * A command's arguments, the same way for every `npm run` command: parsed with
 * Node's own parseArgs, `--help` prints the usage and exits 0, and a wrong option or
 * argument prints what is wrong above the usage and exits 2.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Prints `message` above the usage and exits 2: the command was called wrongly. */
export function usageError(message: string, usage: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(2);
}

/** Parses the command line with `options` (plus `--help`), or exits as above. */
export function parseArguments<T extends NonNullable<ParseArgsConfig['options']>>(options: T, usage: string) {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { ...options, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    usageError((error as Error).message, usage);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  return parsed;
}
