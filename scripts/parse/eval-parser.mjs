/**
 * `pnpm eval:parse [--split test|dev] [--model FILE] [--gold-tags] [FILE.conllu ...]`
 *
 * Scores the parser on UD English EWT and GUM (test by default) the way `kg parse --conllu`
 * parses them: the file's own words, wink-nlp's tags for them, predicted heads and relations.
 * One line per file: UAS and LAS with punctuation included, LAS on universal relations
 * (CoNLL 2018: subtypes stripped) and on full relations, and the UPOS accuracy of the tags the
 * parser read. `--gold-tags` parses with the file's own UPOS instead (the model's tagger is
 * skipped): the difference to the default is what tagging errors cost.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadNlp, loadSharedParser, parseConlluSentences } from '@kg/extract';
import { loadParser, readConllu, scoreParses } from '@kg/parse';
import { FILES } from './treebank.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    split: { type: 'string', default: 'test' },
    model: { type: 'string' },
    'gold-tags': { type: 'boolean', default: false },
    beam: { type: 'string' },
  },
});
const files = positionals.length
  ? positionals.map((f) => [path.basename(f), f])
  : [
      [`EWT ${values.split}`, FILES.ewt(values.split)],
      [`GUM ${values.split}`, FILES.gum(values.split)],
    ];

const started = performance.now();
const parser = values.model ? loadParser(values.model) : loadSharedParser();
const loadMs = performance.now() - started;
if (values.beam) parser.beamWidth = Number(values.beam);
const nlp = loadNlp();
// The same models without the tagger, reading the given tags as they are.
const bare = parser.variant({ tagger: false });
/** Parses with the gold UPOS of each word. */
const parseGoldTags = (sentences) =>
  sentences.map((s) => {
    const { heads, deprels } = bare.parse(
      s.words.map((w) => w.form),
      s.words.map((w) => w.upos),
    );
    return { ...s, words: s.words.map((w, i) => ({ ...w, head: heads[i], deprel: deprels[i] })) };
  });
const tree = (s) => ({ heads: s.words.map((w) => w.head), deprels: s.words.map((w) => w.deprel) });
const f4 = (x) => x.toFixed(4);
for (const [name, file] of files) {
  const gold = readConllu(readFileSync(file, 'utf8'), file);
  const predicted = values['gold-tags']
    ? parseGoldTags(gold)
    : parseConlluSentences(nlp, gold, parser);
  const scores = scoreParses(gold.map(tree), predicted.map(tree));
  let tagged = 0;
  gold.forEach((s, i) =>
    s.words.forEach((w, k) => {
      if (w.upos === predicted[i].words[k].upos) tagged++;
    }),
  );
  console.log(
    `${name}: UAS ${f4(scores.uas)}  LAS ${f4(scores.las)}  LAS full labels ${f4(scores.lasFull)}  UPOS ${f4(tagged / scores.words)}  (${scores.words} words, ${gold.length} sentences)`,
  );
}
console.error(
  `model ${values.model ?? 'shipped'} (loaded in ${loadMs.toFixed(0)} ms), beam ${parser.beamWidth}; punctuation included${values['gold-tags'] ? '; gold UPOS, no tagger' : ''}`,
);
