// Prisma CLI configuration. The CLI uses the bundled WebAssembly schema engine with an in-memory
// PGlite, so `prisma generate` and `prisma migrate diff` work offline (no engine download).
import { defineConfig } from 'prisma/config';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'prisma/schema.prisma',
  async adapter() {
    const { PGlite } = await import('@electric-sql/pglite');
    const { PrismaPGlite } = await import('pglite-prisma-adapter');
    // The adapter bundles an older driver-adapter-utils; its types differ, its behaviour does not.
    return new PrismaPGlite(new PGlite()) as never;
  },
});
