// Runs before `pnpm pack` and `pnpm publish` (each package's `prepack`): a package folder without its
// build would otherwise be published with package.json and README only, every entry point missing.
import { existsSync, readFileSync } from 'node:fs';

const { name, main } = JSON.parse(readFileSync('package.json', 'utf8'));
if (main && !existsSync(main)) {
  console.error(`${name}: ${main} is missing. Run \`pnpm build\` before packing or publishing.`);
  process.exit(1);
}
