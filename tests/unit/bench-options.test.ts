import { expect, test } from 'vitest';
import { BenchUsageError, parseBenchOptions } from '../../src/bench/options.ts';

test.each([
  [[], { build: true, lighthouse: true, jsonFile: undefined, dist: undefined, port: 0, sizes: undefined, seed: '1', languages: [0], help: false }],
  [['--no-build', '--skip-lighthouse'], { build: false, lighthouse: false, jsonFile: undefined, dist: undefined, port: 0, sizes: undefined, seed: '1', languages: [0], help: false }],
  [['--json', '/tmp/out.json', '--port', '4350'], { build: true, lighthouse: true, jsonFile: '/tmp/out.json', dist: undefined, port: 4350, sizes: undefined, seed: '1', languages: [0], help: false }],
  [['--json=/tmp/o.json'], { build: true, lighthouse: true, jsonFile: '/tmp/o.json', dist: undefined, port: 0, sizes: undefined, seed: '1', languages: [0], help: false }],
  [['--no-build', '--dist', '/tmp/site'], { build: false, lighthouse: true, jsonFile: undefined, dist: '/tmp/site', port: 0, sizes: undefined, seed: '1', languages: [0], help: false }],
  [['--sizes', '100,1000', '--skip-lighthouse'], { build: true, lighthouse: false, jsonFile: undefined, dist: undefined, port: 0, sizes: [100, 1000], seed: '1', languages: [0], help: false }],
  [['--sizes=100', '--seed', 'kitchen'], { build: true, lighthouse: true, jsonFile: undefined, dist: undefined, port: 0, sizes: [100], seed: 'kitchen', languages: [0], help: false }],
  [['--sizes', '1000', '--languages', '1'], { build: true, lighthouse: true, jsonFile: undefined, dist: undefined, port: 0, sizes: [1000], seed: '1', languages: [0, 1], help: false }],
  [['--sizes', '1000', '--languages', '2,0,1'], { build: true, lighthouse: true, jsonFile: undefined, dist: undefined, port: 0, sizes: [1000], seed: '1', languages: [0, 1, 2], help: false }],
])('%j', (argv, options) => {
  expect(parseBenchOptions(argv)).toEqual(options);
});

test.each([
  [['--skip-lighthouses'], /Unknown option '--skip-lighthouses'/],
  [['--port', 'eighty'], /--port must be a whole number from 0 to 65535, not "eighty"/],
  [['--port', '70000'], /--port must be a whole number/],
  [['dist'], /Unexpected argument 'dist'/],
  [['--dist', '/tmp/site'], /add --no-build/],
  [['--sizes', '100', '--no-build'], /--sizes builds each generated binder/],
  [['--sizes', 'many'], /"many" is not a whole number of entries/],
  [['--languages', '1'], /--languages translates the generated binders of --sizes: add --sizes/],
  [['--sizes', '100', '--languages', 'es'], /"es" is not a whole number of languages from 0 to 12/],
  [['--sizes', '100', '--languages', '13'], /"13" is not a whole number of languages/],
  [['--sizes', '100', '--languages', '1,1'], /lists a count twice/],
])('%j is refused with the usage', (argv, message) => {
  expect(() => parseBenchOptions(argv)).toThrow(BenchUsageError);
  expect(() => parseBenchOptions(argv)).toThrow(message);
  expect(() => parseBenchOptions(argv)).toThrow(/Usage: npm run bench/);
});
