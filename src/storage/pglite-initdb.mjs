// Creates an embedded PGlite database folder in a separate process (plain JS, no loader needed).
// initdb grows PGlite's WebAssembly heap to ~600 MB, and WebAssembly memory is never given back, so the
// bot creates its database here and only ever opens an existing folder itself (~200 MB).
import { PGlite } from '@electric-sql/pglite';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: pglite-initdb.mjs <folder>\n');
  process.exit(2);
}
const db = await PGlite.create(dir);
await db.query('SELECT 1');
await db.close();
