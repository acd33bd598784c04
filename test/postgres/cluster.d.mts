/** Types of `cluster.mjs`: a throwaway PostgreSQL cluster for tests and the `scale` bench. */
export interface Cluster {
  /** Connection URL of the `postgres` database as the superuser `kg`. */
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  /** A URL for another database of the cluster. */
  urlFor(database: string): string;
  /** Stops the server (fast shutdown: connections are cut). */
  stop(): void;
  /** Starts it again on the same port. */
  start(): void;
  /** Stops the server and removes its directory. */
  destroy(): void;
}

/** Where the PostgreSQL server binaries are, or an error saying how to get them. */
export function findBinDir(): string;

/** Starts a new cluster; call `destroy()` when done. */
export function startCluster(): Promise<Cluster>;
