/**
 * Regenerates (or with `--check`, verifies) the TypeScript types made from the JSON
 * Schemas. `npm run generate` does this too, after writing the charts.
 */
import { staleTypeFiles, writeTypeFiles } from '../generator/emit/typescript-types.ts';

if (process.argv.includes('--check')) {
  const stale = await staleTypeFiles();
  if (stale.length > 0) {
    console.error(`Stale generated types (run \`npm run generate\`):\n${stale.map((f) => `  ${f}`).join('\n')}`);
    process.exitCode = 1;
  }
} else {
  await writeTypeFiles();
}
