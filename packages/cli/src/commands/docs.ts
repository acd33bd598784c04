/**
 * `kg docs list|show|remove`: the documents in the graph store. Removing a document removes
 * its mentions and evidence and every entity or relation left without support.
 */
import { openStore } from '@kg/graph';
import type { StoredDocument } from '@kg/graph';
import { KgError } from '@kg/schema';
import { parseFlags, UsageError, type Command, type CommandIo } from '../command.js';
import { DB_HELP, storePath } from './store-path.js';

const USAGE = `Usage: kg docs list [--db FILE|URL] [--json]
       kg docs show ID [--db FILE|URL] [--json]
       kg docs remove ID... [--db FILE|URL]

The documents in the graph store. ID is a document's content hash, a unique prefix of it
(at least 6 characters, as "list" shows) or the path it was ingested from.

  list     one line per document: id prefix, date ingested, mentions, evidence, source
  show     one document in full
  remove   remove documents, their mentions and evidence, and every entity or relation
           left without support

Options:
  --db FILE|URL  ${DB_HELP}
  --json      print JSON
  -h, --help  this text
`;

function line(doc: StoredDocument): string {
  return [
    doc.id.slice(0, 12),
    doc.ingestedAt.slice(0, 19).replace('T', ' '),
    String(doc.mentions).padStart(8),
    String(doc.evidence).padStart(8),
    doc.title ? `${doc.source} (${doc.title})` : doc.source,
  ].join('  ');
}

async function run(argv: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseFlags(argv, {
    db: { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  const [action, ...ids] = positionals;
  const arity = action === 'list' ? 0 : action === 'show' ? 1 : action === 'remove' ? -1 : -2;
  if (arity === -2 || (arity >= 0 && ids.length !== arity) || (arity === -1 && ids.length === 0)) {
    throw new UsageError(`${action ? `wrong use of "${action}"` : 'no action given'}`);
  }
  const store = await openStore({ path: storePath(values.db), readonly: action !== 'remove' });
  try {
    if (action === 'list') {
      const docs = await store.listDocuments();
      if (values.json) io.stdout.write(`${JSON.stringify(docs, null, 2)}\n`);
      else {
        io.stdout.write(`id            ingested             mentions  evidence  source\n`);
        for (const doc of docs) io.stdout.write(`${line(doc)}\n`);
        io.stdout.write(`${docs.length} documents\n`);
      }
      return 0;
    }
    if (action === 'show') {
      const ref = ids[0] ?? '';
      const doc = await store.getDocument(ref);
      if (!doc) throw new KgError('NOT_FOUND', `graph.docs: document "${ref}" not found.`);
      io.stdout.write(
        values.json
          ? `${JSON.stringify(doc, null, 2)}\n`
          : `${Object.entries(doc)
              .map(([k, v]) => `${k.padEnd(16)} ${String(v)}`)
              .join('\n')}\n`,
      );
      return 0;
    }
    const results = [];
    for (const id of ids) results.push(await store.removeDocument(id));
    if (values.json) io.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    else {
      for (const r of results) {
        io.stdout.write(
          `removed ${r.docId.slice(0, 12)} ${r.source}: ${r.mentionsRemoved} mentions, ${r.evidenceRemoved} evidence; ${r.nodesRemoved} entities and ${r.edgesRemoved} relations left without support removed\n`,
        );
      }
    }
    return 0;
  } finally {
    await store.close();
  }
}

export const docsCommand: Command = {
  name: 'docs',
  summary: 'list, show or remove stored documents',
  usage: USAGE,
  run,
};
