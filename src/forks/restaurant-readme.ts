/** The restaurant's own front page, written once by `npm run fork`; the founder's to edit. */
export interface RestaurantReadme {
  readonly name: string;
  readonly layer: string;
  readonly upstreamName: string;
  readonly upstreamRepository: string;
  readonly repository: string;
  /** From the README's folder to the repository root: `../` in .github/, `../../` in layers/<name>/. */
  readonly toRoot: string;
}

export function restaurantReadme(r: RestaurantReadme): string {
  return `# ${r.name}

The kitchen binder of **${r.name}**: recipes, procedures, setup guides and specs,
built on [${r.upstreamName}'s open binder](${r.upstreamRepository}) with
[Open Franchise](${r.toRoot}README.md). Content is CC BY-SA 4.0, adapted from ${r.upstreamName};
code is AGPL-3.0-or-later.

## Run it

\`\`\`sh
npm install && npm start
\`\`\`

Open <http://localhost:4321>. \`npm test\` runs every test.

## Where this restaurant's changes live

Everything ${r.name} changes is in [\`layers/${r.layer}/\`](../layers/${r.layer}/), never in
\`content/\` (which stays exactly as upstream has it):

| What | Command |
| --- | --- |
| Our name, colours, logo, address | edit \`layers/${r.layer}/layer.yaml\` (\`site:\`) |
| Make a recipe our own | \`npm run customise -- recipes/<slug>\` |
| Change a few fields only (a price, a quantity, one step) | \`npm run customise -- recipes/<slug> --patch\` |
| Take an entry off our menu | \`npm run customise -- recipes/<slug> --hide\` |
| Pull ${r.upstreamName}'s improvements | \`npm run sync\` (\`-- --dry-run\` to read the report first) |
| Give one of ours back upstream | \`npm run upstream-proposal -- recipes/<slug>\` |

Proposals from our editor go to ${r.repository}.
`;
}
