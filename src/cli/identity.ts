/**
 * `node src/cli/identity.ts <field>`: prints one field of the binder's identity, with
 * the fork's layers applied (the deploy workflow reads `url` this way for its base path).
 */
import path from 'node:path';
import { readIdentity } from '../binder/layers/identity.ts';

const field = process.argv[2];
if (!field) {
  console.error('usage: node src/cli/identity.ts <field>   (name, url, repository, branch, …)');
  process.exit(2);
}
const value = (await readIdentity(path.resolve(import.meta.dirname, '../..')))[field];
if (typeof value !== 'string') {
  console.error(`the identity has no text field \`${field}\``);
  process.exit(1);
}
console.log(value);
