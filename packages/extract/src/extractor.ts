/**
 * The public extraction API: `createExtractor(options)` returns an extractor whose `extract`
 * turns one document into the Extraction contract (../shared/eval/README.md): normalise, analyse
 * (mentions and resolution), find relations, then map every offset back to the original text and
 * merge repeated relations, appending their evidence.
 */
import { createHash } from 'node:crypto';
import type { Entity, Evidence, Extraction, Mention, Relation, RelationType } from '@kg/schema';
import { isKgError, KgError, strongerModality, SYMMETRIC_RELATIONS } from '@kg/schema/core';
import type { Parser } from '@kg/parse';
import type { ParserSource, ParseScope } from './parse-stage.js';
import type { Analysis, RelationFinder } from './analysis.js';
import { checkpointFor } from './limits.js';
import type { Checkpoint, ExtractLimits } from './limits.js';
import { loadNlp } from './nlp.js';
import type { Nlp } from './nlp.js';
import { normalise } from './normalise.js';
import type { Normalised } from './normalise.js';
import { loadSharedParser } from './parse-stage.js';
import { analyse } from './pipeline.js';
import { findRelations } from './relations/index.js';

export interface ExtractInput {
  /** Document id: the path or name the text came from. */
  id: string;
  text: string;
  /** 'auto' sniffs HTML by its markup. Default 'auto'. */
  format?: 'text' | 'html' | 'auto';
  source?: string;
  title?: string;
  date?: string;
}

export interface Extractor {
  readonly version: string;
  /** Extracts one document; with `limits`, stops past them with `INPUT_TOO_COMPLEX`. */
  extract(input: ExtractInput, limits?: ExtractLimits): Extraction;
}

export interface ExtractorOptions {
  /** A wink-nlp instance to share; default: the process-wide `loadNlp()`. */
  nlp?: Nlp;
  /** Relation rules; default: the built-in `findRelations`. */
  relations?: RelationFinder;
  /** A dependency parser to share; default: the process-wide `loadSharedParser()`. */
  parser?: Parser;
  /**
   * Which sentences get a parse: 'mentions' (default) those with a mention, the
   * others a flat tree; 'all' every sentence.
   */
  parse?: ParseScope;
}

export const EXTRACTOR_VERSION = '0.1.0';

/** Mentions of these kinds name an entity in the text; pronouns and titles only refer. */
const NAMING_KINDS = new Set(['name', 'acronym', 'demonym', 'capital', 'nominal']);

/**
 * Creates an extractor. The wink-nlp model and the parser model load once per process, on first
 * use (the parser's when a sentence first needs a parse).
 *
 * @example
 * const extractor = createExtractor();
 * const { entities, relations } = extractor.extract({ id: 'a.txt', text: 'Iran sent drones to Russia.' });
 */
export function createExtractor(options: ExtractorOptions = {}): Extractor {
  const finder = options.relations ?? findRelations;
  return {
    version: EXTRACTOR_VERSION,
    extract: (input, limits) =>
      extractDocument(
        options.nlp ?? loadNlp(),
        options.parser ?? loadSharedParser,
        options.parse ?? 'mentions',
        finder,
        input,
        checkpointFor(input.id, limits),
      ),
  };
}

function extractDocument(
  nlp: Nlp,
  parser: ParserSource,
  scope: ParseScope,
  finder: RelationFinder,
  input: ExtractInput,
  checkpoint: Checkpoint,
): Extraction {
  const original = input.text;
  const norm = normaliseOrRefuse(input);
  checkpoint();
  const analysis = analyse(nlp, input.id, norm.text, parser, checkpoint, scope);
  const html = norm.format === 'html';
  const span = (start: number, end: number) => {
    const o = norm.toOriginalSpan(start, end);
    return { doc: input.id, start: o.start, end: o.end, text: original.slice(o.start, o.end) };
  };
  // HTML: where a span sits in the plain text too, so evidence reads as text, not markup.
  const plainOf = (start: number, end: number) => (html ? { plain: { start, end } } : {});

  const entities = buildEntities(analysis, span, plainOf);
  const ids = new Map(entities.map((e) => [e.key, e.entity.id]));
  const candidates = finder(analysis);
  checkpoint();
  const relations = buildRelations(analysis, candidates, ids, span, (start, end) =>
    html ? { plain: { start, end, text: norm.display.slice(start, end) } } : {},
  );
  const title = input.title ?? norm.title;
  const date = input.date ?? norm.date;
  return {
    extractorVersion: EXTRACTOR_VERSION,
    documents: [
      {
        id: input.id,
        hash: createHash('sha256').update(original, 'utf8').digest('hex'),
        ...(title ? { title } : {}),
        ...(input.source ? { source: input.source } : {}),
        ...(date ? { date } : {}),
        format: norm.format,
        chars: original.length,
      },
    ],
    entities: entities.map((e) => e.entity),
    relations,
  };
}

/** Normalises, naming the document in a refusal ("extract: a.html: HTML elements nested …"). */
function normaliseOrRefuse(input: ExtractInput): Normalised {
  try {
    return normalise(input.text, input.format ?? 'auto');
  } catch (err) {
    if (!isKgError(err)) throw err;
    throw new KgError(err.code, `extract: ${input.id}: ${err.message}, skipped.`, { cause: err });
  }
}

type SpanOf = (
  start: number,
  end: number,
) => { doc: string; start: number; end: number; text: string };

type PlainOf<T> = (start: number, end: number) => T;

function buildEntities(
  analysis: Analysis,
  span: SpanOf,
  plainOf: PlainOf<Pick<Mention, 'plain'>>,
): { key: string; entity: Entity }[] {
  const byEntity = new Map<string, Mention[]>();
  /** The names as written, for the aliases: "Ohio", not the "Ohio-based" its mention covers. */
  const names = new Map<string, Set<string>>();
  for (const m of analysis.mentions) {
    if (!NAMING_KINDS.has(m.kind)) continue;
    const list = byEntity.get(m.entityId) ?? [];
    const end = m.compoundEnd ?? m.end;
    const type = m.compoundEnd === undefined ? m.type : 'NORP';
    const mention = { ...span(m.start, end), type, ...plainOf(m.start, end) };
    list.push(mention);
    byEntity.set(m.entityId, list);
    const name = m.compoundEnd === undefined ? mention.text : span(m.start, m.end).text;
    const written = names.get(m.entityId) ?? new Set<string>();
    written.add(name.replace(/\s+/g, ' '));
    names.set(m.entityId, written);
  }
  const out: { key: string; entity: Entity }[] = [];
  let n = 0;
  for (const cluster of analysis.entities.values()) {
    const mentions = byEntity.get(cluster.id);
    if (!mentions?.length) continue;
    const aliases = [...(names.get(cluster.id) ?? [])].filter((a) => a !== cluster.name);
    out.push({
      key: cluster.id,
      entity: { id: `e${++n}`, name: cluster.name, type: cluster.type, aliases, mentions },
    });
  }
  return out;
}

function buildRelations(
  analysis: Analysis,
  candidates: ReturnType<RelationFinder>,
  ids: Map<string, string>,
  span: SpanOf,
  plainOf: PlainOf<Pick<Evidence, 'plain'>>,
): Relation[] {
  const merged = new Map<string, Relation>();
  // Relation key + evidence span: a keyed set, so repeated evidence costs one probe, not a scan.
  const evidenceSeen = new Set<string>();
  for (const c of candidates) {
    let subject = ids.get(c.subject);
    let object = ids.get(c.object);
    if (!subject || !object || subject === object) continue;
    if (SYMMETRIC_RELATIONS.has(c.predicate) && subject > object)
      [subject, object] = [object, subject];
    const sentence = analysis.sentences[c.sentence];
    if (!sentence) continue;
    const evidence: Evidence = {
      ...span(sentence.start, sentence.end),
      ...plainOf(sentence.start, sentence.end),
      modality: c.modality,
      confidence: c.confidence,
      ...(c.attribution ? { attribution: c.attribution } : {}),
    };
    if (c.trigger) {
      const t = span(c.trigger.start, c.trigger.end);
      evidence.trigger = { start: t.start, end: t.end, text: t.text };
    }
    const key = relationKey(subject, c.predicate, object, c.label);
    const evidenceKey = `${key}\u0000${evidence.start}\u0000${evidence.end}`;
    const same = evidenceSeen.has(evidenceKey);
    evidenceSeen.add(evidenceKey);
    const existing = merged.get(key);
    if (!existing) {
      merged.set(key, {
        subject,
        predicate: c.predicate,
        object,
        ...(c.label ? { label: c.label } : {}),
        modality: c.modality,
        confidence: c.confidence,
        ...(c.attribution ? { attribution: c.attribution } : {}),
        evidence: [evidence],
      });
      continue;
    }
    if (!same) existing.evidence.push(evidence);
    existing.modality = strongerModality(existing.modality, c.modality);
    existing.confidence = Math.max(existing.confidence, c.confidence);
    if (!existing.attribution && c.attribution) existing.attribution = c.attribution;
  }
  return [...merged.values()];
}

function relationKey(subject: string, predicate: RelationType, object: string, label?: string) {
  return `${subject}|${predicate}|${object}${predicate === 'RELATED_TO' ? `|${label ?? ''}` : ''}`;
}
