/**
 * `kg entities merge|split|rename|retype|reject|accept|rules`: curation of entity resolution and
 * of relations. Each change is recorded as a rule in the store and replayed on every later
 * ingest, so it survives re-ingesting and new documents (the viewer writes the same rules).
 */
import { openStore } from '@kg/graph';
import type { CurationResult, CurationRule } from '@kg/graph';
import { ENTITY_TYPES, KgError } from '@kg/schema';
import type { EntityType } from '@kg/schema';
import { parseFlags, UsageError, type Command, type CommandIo } from '../command.js';
import { DB_HELP, storePath } from './store-path.js';

const USAGE = `Usage: kg entities merge A B [--db FILE|URL]
       kg entities split KEY ALIAS [--db FILE|URL]
       kg entities rename KEY NAME [--db FILE|URL]
       kg entities retype KEY TYPE [--db FILE|URL]
       kg entities reject RELATION [--db FILE|URL]
       kg entities accept RELATION [--db FILE|URL]
       kg entities rules [--db FILE|URL] [--json]

Corrects entity resolution. Entities are named by key (e.g. gpe:iran, as the query and export
commands show) or by an unambiguous name or alias. Every change is kept as a rule in the store
and applied again on every later ingest.

  merge A B           merge B into A (A keeps its key and name; B's names become aliases)
  split KEY ALIAS     give the mentions of one alias of KEY an entity of their own
  rename KEY NAME     set the name shown for KEY
  retype KEY TYPE     change the type (${ENTITY_TYPES.join(', ')}); the key follows
  reject RELATION     remove a relation (subject|PREDICATE|object) and keep it out of later
                      ingests and re-extractions
  accept RELATION     mark a relation reviewed (lifts an earlier reject for later ingests)
  rules               list the rules recorded so far

Options:
  --db FILE|URL  ${DB_HELP}
  --json      print JSON
  -h, --help  this text
`;

const ARITY: Record<string, number> = {
  merge: 2,
  split: 2,
  rename: 2,
  retype: 2,
  reject: 1,
  accept: 1,
  rules: 0,
};

function describe(rule: CurationRule): string {
  switch (rule.op) {
    case 'merge':
      return `merge ${rule.key} into ${rule.into}`;
    case 'split':
      return `split "${rule.alias}" off ${rule.key} as ${rule.newKey}`;
    case 'rename':
      return `rename ${rule.key} to "${rule.label}"`;
    case 'retype':
      return `retype ${rule.key} as ${rule.type} (${rule.newKey})`;
    case 'reject':
      return `reject ${rule.key}`;
    case 'accept':
      return `accept ${rule.key}`;
  }
}

async function run(argv: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseFlags(argv, {
    db: { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  const [action = '', a = '', b = ''] = positionals;
  if (ARITY[action] === undefined || positionals.length - 1 !== ARITY[action]) {
    throw new UsageError(`${action ? `wrong use of "${action}"` : 'no action given'}`);
  }
  const store = await openStore({ path: storePath(values.db), readonly: action === 'rules' });
  try {
    if (action === 'rules') {
      const rules = await store.listCuration();
      if (values.json) io.stdout.write(`${JSON.stringify(rules, null, 2)}\n`);
      else {
        for (const r of rules) io.stdout.write(`${r.id}  ${r.createdAt}  ${describe(r.rule)}\n`);
        io.stdout.write(`${rules.length} rules\n`);
      }
      return 0;
    }
    let result: CurationResult;
    if (action === 'merge') result = await store.mergeEntities(a, b);
    else if (action === 'split') result = await store.splitEntity(a, b);
    else if (action === 'rename') result = await store.renameEntity(a, b);
    else if (action === 'reject') result = await store.rejectRelation(a);
    else if (action === 'accept') result = await store.acceptRelation(a);
    else {
      const type = b.toUpperCase();
      if (!(ENTITY_TYPES as readonly string[]).includes(type)) {
        throw new KgError(
          'INVALID_ARGUMENT',
          `graph.retypeEntity: unknown type "${b}" (one of ${ENTITY_TYPES.join(', ')}).`,
        );
      }
      result = await store.retypeEntity(a, type as EntityType);
    }
    if (values.json) io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else {
      io.stdout.write(
        `${describe(result.rule)}: ${result.mentionsMoved} mentions and ${result.evidenceMoved} evidence moved; now ${result.key}\n`,
      );
    }
    return 0;
  } finally {
    await store.close();
  }
}

export const entitiesCommand: Command = {
  name: 'entities',
  summary: 'curate entities and relations: merge, split, rename, retype, reject, accept',
  usage: USAGE,
  run,
};
