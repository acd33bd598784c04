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
import { placeHeadAfter } from './head-aliases.js';
import { loadLexicon } from './lexicon.js';
import { checkpointFor } from './limits.js';
import type { Checkpoint, ExtractLimits } from './limits.js';
import { loadNlp } from './nlp.js';
import type { Nlp } from './nlp.js';
import { normalise } from './normalise.js';
import type { Normalised } from './normalise.js';
import { loadSharedParser } from './parse-stage.js';
import { analyse } from './pipeline.js';
import { findRelations } from './relations/index.js';
import { SEGMENT_CHARS, splitSegments } from './segments.js';
import { stageDone } from './stage-clock.js';

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
  /**
   * Documents longer than this (UTF-16 code units of normalised text) are analysed in segments
   * of at most this size, cut at paragraph, line, sentence or word boundaries (`segments.ts`);
   * entities of a later segment join an earlier one's of the same type and name. Default
   * `SEGMENT_CHARS` (64 Ki).
   */
  segmentChars?: number;
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
        options.segmentChars ?? SEGMENT_CHARS,
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
  segmentChars: number,
  input: ExtractInput,
  checkpoint: Checkpoint,
): Extraction {
  const original = input.text;
  const norm = normaliseOrRefuse(input);
  stageDone('normalise');
  checkpoint();
  const html = norm.format === 'html';
  const spanOf: SpanOf = (start, end) => {
    const o = norm.toOriginalSpan(start, end);
    return { doc: input.id, start: o.start, end: o.end, text: original.slice(o.start, o.end) };
  };
  const entities = new EntityTable();
  const relations = new RelationTable();
  // One segment for a document up to `segmentChars`; a longer one is analysed a segment at a
  // time, and only the segment's entities and relations outlive it (segments.ts).
  for (const segment of splitSegments(norm.text, segmentChars)) {
    const base = segment.start;
    const text =
      base === 0 && segment.end === norm.text.length
        ? norm.text
        : norm.text.slice(segment.start, segment.end);
    const analysis = analyse(nlp, input.id, text, parser, checkpoint, scope);
    // Offsets of the segment's analysis are the segment's own: moved by `base` to the document's.
    const span: SpanOf = (start, end) => spanOf(start + base, end + base);
    // HTML: where a span sits in the plain text too, so evidence reads as text, not markup.
    const plainOf = (start: number, end: number) =>
      html ? { plain: { start: start + base, end: end + base } } : {};
    const ids = entities.add(analysis, span, plainOf);
    stageDone('output: entities');
    const candidates = finder(analysis);
    checkpoint();
    relations.add(analysis, candidates, ids, span, (start, end) =>
      html
        ? {
            plain: {
              start: start + base,
              end: end + base,
              text: norm.display.slice(start + base, end + base),
            },
          }
        : {},
    );
    stageDone('output: relations');
  }
  const title = input.title ?? norm.title;
  const date = input.date ?? norm.date;
  const hash = createHash('sha256').update(original, 'utf8').digest('hex');
  const entityList = entities.list();
  const relationList = relations.list();
  stageDone('output: document');
  return {
    extractorVersion: EXTRACTOR_VERSION,
    documents: [
      {
        id: input.id,
        hash,
        ...(title ? { title } : {}),
        ...(input.source ? { source: input.source } : {}),
        ...(date ? { date } : {}),
        format: norm.format,
        chars: original.length,
      },
    ],
    entities: entityList,
    relations: relationList,
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

interface EntityEntry {
  entity: Entity;
  /** The names as written, for the aliases: "Ohio", not the "Ohio-based" its mention covers. */
  names: Set<string>;
}

/**
 * The document's entities, a segment at a time: a segment's clusters keep the in-document
 * resolution's decisions, and a cluster of a later segment joins the entity of an earlier one
 * with the same name (its type is the earlier one's: a document names one thing one way, as
 * the in-document resolution assumes), or of the same type written once as the cluster's name
 * ("Mernow" after "Talia Mernow"). Ids (`e1`, `e2`, …) go by first appearance.
 */
class EntityTable {
  private readonly entries: EntityEntry[] = [];
  /** Entities of earlier segments by name. */
  private readonly byName = new Map<string, EntityEntry>();
  /** `type \0 name` of every name an entity of an earlier segment was written as. */
  private readonly byWritten = new Map<string, EntityEntry>();

  /** Adds a segment's entities; returns its cluster ids mapped to entity ids. */
  add(
    analysis: Analysis,
    span: SpanOf,
    plainOf: PlainOf<Pick<Mention, 'plain'>>,
  ): Map<string, string> {
    const lex = loadLexicon();
    const byCluster = new Map<string, Mention[]>();
    const names = new Map<string, Set<string>>();
    for (const m of analysis.mentions) {
      if (!NAMING_KINDS.has(m.kind)) continue;
      const list = byCluster.get(m.entityId) ?? [];
      const end = m.compoundEnd ?? m.end;
      const type = m.compoundEnd === undefined ? m.type : 'NORP';
      // Fields by name, not `{ ...span(…), type }`: V8 gives each object that starts with a
      // spread of a fresh object a hidden class of its own (a map and a descriptor array for
      // each of the 374,000 mentions and 187,000 evidence items of a 5 MB page of sentences).
      const at = span(m.start, end);
      const mention = {
        doc: at.doc,
        start: at.start,
        end: at.end,
        text: at.text,
        type,
        ...plainOf(m.start, end),
        ...(m.sheet ? { sheet: true as const } : {}),
      };
      list.push(mention);
      byCluster.set(m.entityId, list);
      const name = m.compoundEnd === undefined ? mention.text : span(m.start, m.end).text;
      const written = names.get(m.entityId) ?? new Set<string>();
      written.add(name.replace(/\s+/g, ' '));
      // "Vardun province": the place with its head word is one more name of it (head-aliases.ts).
      const head =
        m.compoundEnd === undefined ? placeHeadAfter(analysis.tokens, m, lex) : undefined;
      if (head) written.add(span(m.start, head.end).text.replace(/\s+/g, ' '));
      names.set(m.entityId, written);
    }
    const ids = new Map<string, string>();
    const added: EntityEntry[] = [];
    for (const cluster of analysis.entities.values()) {
      const mentions = byCluster.get(cluster.id);
      if (!mentions?.length) continue;
      const written = names.get(cluster.id) ?? new Set<string>();
      let entry =
        this.byName.get(cluster.name) ?? this.byWritten.get(nameKey(cluster.type, cluster.name));
      if (entry) {
        for (const m of mentions) entry.entity.mentions.push(m);
        for (const name of written) entry.names.add(name);
      } else {
        entry = {
          entity: {
            id: `e${this.entries.length + 1}`,
            name: cluster.name,
            type: cluster.type,
            aliases: [],
            mentions,
          },
          names: written,
        };
        this.entries.push(entry);
      }
      added.push(entry);
      ids.set(cluster.id, entry.entity.id);
    }
    // Registered once the segment is done, so two clusters of one segment stay apart.
    for (const entry of added) {
      const { type, name } = entry.entity;
      if (!this.byName.has(name)) this.byName.set(name, entry);
      for (const written of entry.names) {
        const key = nameKey(type, written);
        if (!this.byWritten.has(key)) this.byWritten.set(key, entry);
      }
    }
    return ids;
  }

  list(): Entity[] {
    return this.entries.map(({ entity, names }) => ({
      ...entity,
      aliases: [...names].filter((a) => a !== entity.name),
    }));
  }
}

function nameKey(type: string, name: string): string {
  return `${type}\u0000${name}`;
}

/** The document's relations, merged by subject, predicate, object (and label), a segment at a time. */
class RelationTable {
  private readonly merged = new Map<string, Relation>();
  /** Relation key + evidence span: a keyed set, so repeated evidence costs one probe, not a scan. */
  private readonly evidenceSeen = new Set<string>();

  add(
    analysis: Analysis,
    candidates: ReturnType<RelationFinder>,
    ids: Map<string, string>,
    span: SpanOf,
    plainOf: PlainOf<Pick<Evidence, 'plain'>>,
  ): void {
    const { merged, evidenceSeen } = this;
    for (const c of candidates) {
      let subject = ids.get(c.subject);
      let object = ids.get(c.object);
      if (!subject || !object || subject === object) continue;
      if (SYMMETRIC_RELATIONS.has(c.predicate) && subject > object)
        [subject, object] = [object, subject];
      const sentence = analysis.sentences[c.sentence];
      if (!sentence) continue;
      const at = span(sentence.start, sentence.end);
      const evidence: Evidence = {
        doc: at.doc,
        start: at.start,
        end: at.end,
        text: at.text,
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
  }

  list(): Relation[] {
    return [...this.merged.values()];
  }
}

function relationKey(subject: string, predicate: RelationType, object: string, label?: string) {
  return `${subject}|${predicate}|${object}${predicate === 'RELATED_TO' ? `|${label ?? ''}` : ''}`;
}
