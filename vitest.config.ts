import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const pkg = (name: string) =>
  fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@kg/schema/core': fileURLToPath(
        new URL('./packages/schema/src/core/index.ts', import.meta.url),
      ),
      '@kg/schema': pkg('schema'),
      '@kg/parse': pkg('parse'),
      '@kg/extract/testing': fileURLToPath(
        new URL('./packages/extract/src/testing/index.ts', import.meta.url),
      ),
      '@kg/extract': pkg('extract'),
      '@kg/graph/testing': fileURLToPath(
        new URL('./packages/graph/src/testing/index.ts', import.meta.url),
      ),
      '@kg/graph': pkg('graph'),
      '@kg/queue': pkg('queue'),
      '@kg/server': pkg('server'),
      '@kg/cli': pkg('cli'),
    },
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // expect.poll waits for something the code under test will do (a fetch, a layout, a worker):
    // vitest's 1 s default fails it on a loaded machine long before a real defect would show.
    expect: { poll: { timeout: 15_000 } },
    pool: 'forks',
    // A throwaway PostgreSQL cluster for the store suite, queue and multi-server tests.
    globalSetup: ['test/postgres/global-setup.ts'],
  },
});
