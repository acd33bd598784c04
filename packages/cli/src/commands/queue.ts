/**
 * `kg queue status --db postgres://… [--json]`: how many queued documents wait, are being
 * extracted, wait to be merged, are done or failed, and the failed ones with their errors.
 */
import { isPostgresUrl } from '@kg/graph';
import { queueStatus } from '@kg/queue';
import { parseFlags, UsageError, type Command, type CommandIo } from '../command.js';
import { showStore, storePath } from './store-path.js';

const USAGE = `Usage: kg queue status --db postgres://… [--json]

Shows the ingest queue of a PostgreSQL store (filled by "kg ingest PATH... --queue", emptied
by "kg worker"): documents queued, being extracted (active), extracted and waiting to be
merged, done, and failed with their errors.

Options:
  --db URL    the PostgreSQL store (env KG_DB)
  --json      print JSON
  -h, --help  this text
`;

async function run(argv: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseFlags(argv, {
    db: { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  const [action, ...rest] = positionals;
  if (action !== 'status')
    throw new UsageError(action ? `unknown action "${action}"` : 'no action given');
  if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);
  const db = storePath(values.db);
  if (!isPostgresUrl(db)) {
    throw new UsageError(
      'the queue lives in a PostgreSQL store: pass --db postgres://… (or KG_DB)',
    );
  }
  const status = await queueStatus(db);
  if (values.json) {
    io.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
    return 0;
  }
  const c = status.counts;
  io.stdout.write(
    [
      `queue of ${showStore(db)}`,
      `  queued ${c.queued}, active ${c.active}, extracted (waiting to merge) ${c.extracted}, done ${c.merged}, failed ${c.failed}`,
      ...status.failed.map((f) => `  failed: ${f.source} (${f.attempts} attempts): ${f.error}`),
      '',
    ].join('\n'),
  );
  return 0;
}

export const queueCommand: Command = {
  name: 'queue',
  summary: 'show the queue of a PostgreSQL store: queued, active, done, failed with errors',
  usage: USAGE,
  run,
};
