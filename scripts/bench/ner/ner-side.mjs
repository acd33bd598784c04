/**
 * One measured side of the tagger bench, in its own process:
 *   --side=load   reads the shipped model five times (cold file read, gunzip, dense table) and
 *                 reports the median load time, the file size and the table's memory
 *   --side=speed  on the BBC articles, interleaved document by document (order alternating):
 *                 bare wink-nlp, the whole pipeline (`createExtractor().extract`), and the
 *                 tagger alone (features and both passes, given the tokens and rule mentions
 *                 the pipeline hands it)
 *   --limit=N     first N articles of the BBC sample (0 = all)
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { childArgs, emitResult } from '../lib/child.mjs';
import { corpusFiles, readCorpus } from '../lib/corpus.mjs';
import { ROOT, importBuilt, isBuilt } from '../lib/workspace.mjs';
import { loadWink } from '../extract/wink.mjs';

const args = childArgs();
const side = args.side ?? 'speed';
const dist = path.join(ROOT, 'packages', 'extract', 'dist');
const internal = (file) => import(pathToFileURL(path.join(dist, file)).href);
const MODEL = path.join(ROOT, 'packages', 'extract', 'model', 'ner.bin.gz');

async function load() {
  const { readModel } = await internal('tagger/model.js');
  const times = [];
  let model = readModel(MODEL);
  for (let k = 0; k < 5; k++) {
    const start = performance.now();
    model = readModel(MODEL);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const labels = model.meta.labels;
  let rows = 0;
  for (let r = 0; r < model.table.length; r += labels) {
    for (let l = 0; l < labels; l++) {
      if (model.table[r + l] !== 0) {
        rows++;
        break;
      }
    }
  }
  return {
    loadMs: times[2],
    fileBytes: statSync(MODEL).size,
    tableBytes: model.table.byteLength,
    rows,
    bits: model.bits,
  };
}

async function speed() {
  const docs = readCorpus(corpusFiles(Number(args.limit ?? 0)));
  const extract = await importBuilt('extract');
  const { tokenise } = await internal('tokens.js');
  const { primeWords, isCommonWord } = await internal('vocabulary.js');
  const { detectMentions } = await internal('mentions.js');
  const { loadLexicon } = await internal('lexicon.js');
  const { tagTokens, loadTagger } = await internal('tagger/index.js');
  const nlp = extract.loadNlp();
  const lex = loadLexicon();
  const ctx = { lex, isCommon: (w) => isCommonWord(nlp, w) };
  const model = loadTagger();
  const extractor = extract.createExtractor();
  const wink = await loadWink();
  // What the pipeline hands the tagger, prepared once (not timed).
  const inputs = docs.map((doc) => {
    const { tokens, sentences } = tokenise(nlp, doc.text);
    primeWords(
      nlp,
      tokens.filter((t) => t.text !== t.lower).map((t) => t.lower),
    );
    const rules = detectMentions(tokens, sentences, lex, ctx.isCommon).mentions;
    return { tokens, sentences, rules };
  });
  const tag = (input) => tagTokens(input.tokens, input.sentences, ctx, input.rules, model);
  const WARMUP = Math.min(20, docs.length);
  for (let i = 0; i < WARMUP; i++) {
    wink(docs[i].text);
    extractor.extract({ id: docs[i].id, text: docs[i].text });
    tag(inputs[i]);
  }
  let winkMs = 0;
  let pipelineMs = 0;
  let taggerMs = 0;
  let tokens = 0;
  let taggerTokens = 0;
  const timed = (fn) => {
    const start = performance.now();
    fn();
    return performance.now() - start;
  };
  docs.forEach((doc, i) => {
    const steps = [
      () => (winkMs += timed(() => (tokens += wink(doc.text)))),
      () => (pipelineMs += timed(() => extractor.extract({ id: doc.id, text: doc.text }))),
      () => (taggerMs += timed(() => (taggerTokens += tag(inputs[i]).labels.length))),
    ];
    const order = i % 3 === 0 ? [0, 1, 2] : i % 3 === 1 ? [2, 0, 1] : [1, 2, 0];
    for (const k of order) steps[k]();
  });
  return {
    docs: docs.length,
    tokens,
    taggerTokens,
    winkSeconds: winkMs / 1000,
    pipelineSeconds: pipelineMs / 1000,
    taggerSeconds: taggerMs / 1000,
  };
}

if (!isBuilt('extract')) emitResult({ error: 'not built' });
else emitResult(side === 'load' ? await load() : await speed());
