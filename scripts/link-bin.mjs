// Makes `npx --no-install sterrenwacht` work inside this project by linking the
// package's own bin into node_modules/.bin (npm links only dependencies' bins).
import { mkdirSync, symlinkSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const binDir = join(process.cwd(), 'node_modules', '.bin');
if (existsSync(join(process.cwd(), 'node_modules'))) {
  mkdirSync(binDir, { recursive: true });
  const link = join(binDir, 'sterrenwacht');
  rmSync(link, { force: true });
  symlinkSync('../../bin/sterrenwacht.js', link);
}
