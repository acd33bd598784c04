/**
 * Vitest global setup: one throwaway PostgreSQL cluster for the whole run (see `cluster.mjs`).
 * Tests read its URL with `inject('pgUrl')` and create a database of their own in it.
 */
import type { TestProject } from 'vitest/node';
import { startCluster } from './cluster.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the test cluster's `postgres` database (superuser `kg`, trust auth). */
    pgUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const cluster = await startCluster();
  project.provide('pgUrl', cluster.url);
  return () => cluster.destroy();
}
