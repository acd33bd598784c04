/**
 * One measured side of the parse bench, in its own process:
 *   --side=model   loads the shipped parser model: the first load in a fresh process (module
 *                  code already compiled by one load of a tiny model is not possible, so the
 *                  first load includes it), then the median of --loads more loads
 *   --side=parser  the parser alone on one thread over the sentences of the BBC sample, as
 *                  wink-nlp tokenises and tags them (prepared before timing): tagger + parser,
 *                  the tagger alone, and the parser given the tagger's tags, interleaved
 *                  sentence block by sentence block; and tagger + parser at each beam width of
 *                  --beams (comma-separated) other than the model's own
 *   --limit=N      first N articles of the BBC sample (0 = all)
 */
import { statSync } from 'node:fs';
import { childArgs, emitResult, peakRss } from '../lib/child.mjs';
import { corpusFiles, readCorpus } from '../lib/corpus.mjs';
import { importBuilt } from '../lib/workspace.mjs';

const args = childArgs();
const side = args.side ?? 'parser';
const parse = await importBuilt('parse');
const extract = await importBuilt('extract');
if (!parse || !extract) {
  emitResult({ error: 'not built' });
  process.exit(0);
}

function cpuSeconds(start) {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

if (side === 'model') {
  const loads = Number(args.loads ?? 5);
  const heapBefore = process.memoryUsage().heapUsed;
  let start = performance.now();
  const cpuStart = process.cpuUsage();
  const parser = parse.loadParser();
  const firstMs = performance.now() - start;
  const firstCpuMs = cpuSeconds(cpuStart) * 1000;
  const heapAfter = process.memoryUsage().heapUsed;
  const times = [];
  for (let i = 0; i < loads; i++) {
    start = performance.now();
    parse.loadParser();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  emitResult({
    bytes: statSync(parse.DEFAULT_MODEL_PATH).size,
    firstMs,
    firstCpuMs,
    medianMs: times[Math.floor(times.length / 2)],
    heapBytes: heapAfter - heapBefore,
    features: parser.moves.size + parser.labeller.size + (parser.tagger?.model.size ?? 0),
    peakRss: peakRss(),
  });
} else {
  const nlp = extract.loadNlp();
  const its = nlp.its;
  const sentences = [];
  for (const doc of readCorpus(corpusFiles(Number(args.limit ?? 0)))) {
    const d = nlp.readDoc(doc.text);
    d.sentences().each((s) => {
      const words = [];
      const tags = [];
      s.tokens().each((t) => {
        const value = t.out(its.value);
        if (value.trim() === '') return;
        words.push(value);
        tags.push(t.out(its.pos));
      });
      if (words.length > 0) sentences.push({ words, tags });
    });
  }
  const parser = parse.loadParser();
  const tagger = parser.tagger;
  // The same models without the tagger: parses the tags it is given.
  const bare = parser.variant({ tagger: false });
  const tagged = sentences.map((s) => (tagger ? tagger.tag(s.words, s.tags) : s.tags));
  const sides = {
    full: (i) => parser.parse(sentences[i].words, sentences[i].tags),
    tagger: (i) => tagger?.tag(sentences[i].words, sentences[i].tags),
    parser: (i) => bare.parse(sentences[i].words, tagged[i]),
  };
  const time = { full: 0, tagger: 0, parser: 0 };
  const cpu = { full: 0, tagger: 0, parser: 0 };
  // The same model searching with other beam widths (the trade-off of speed for accuracy).
  const widths = String(args.beams ?? '')
    .split(',')
    .map(Number)
    .filter((w) => w >= 1 && w !== parser.beamWidth);
  for (const w of widths) {
    const other = parser.variant({ beamWidth: w });
    sides[`beam${w}`] = (i) => other.parse(sentences[i].words, sentences[i].tags);
    time[`beam${w}`] = 0;
    cpu[`beam${w}`] = 0;
  }
  const names = Object.keys(sides);
  for (let i = 0; i < Math.min(2000, sentences.length); i++) for (const n of names) sides[n](i);
  const BLOCK = 50;
  for (let b = 0, k = 0; b < sentences.length; b += BLOCK, k++) {
    const end = Math.min(sentences.length, b + BLOCK);
    // Rotate the order of the sides from block to block.
    for (let j = 0; j < names.length; j++) {
      const n = names[(j + k) % names.length];
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      for (let i = b; i < end; i++) sides[n](i);
      time[n] += (performance.now() - start) / 1000;
      cpu[n] += cpuSeconds(cpuStart);
    }
  }
  const tokens = sentences.reduce((sum, s) => sum + s.words.length, 0);
  emitResult({
    sentences: sentences.length,
    tokens,
    seconds: time,
    cpu,
    hasTagger: tagger !== undefined,
    beam: parser.beamWidth,
    widths,
    peakRss: peakRss(),
  });
}
