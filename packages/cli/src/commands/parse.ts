/**
 * `kg parse TEXT|FILE... [--format tree|conllu|json]` prints the dependency trees the relation
 * rules see: wink-nlp's tokens and tags, each sentence parsed by @kg/parse. `kg parse --conllu
 * FILE` keeps the words of a CoNLL-U file and writes it back with predicted UPOS, HEAD and
 * DEPREL (the CoNLL 2018 shared-task setting with given tokens).
 */
import { existsSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import {
  DEFAULT_MAX_BYTES,
  loadNlp,
  loadSharedParser,
  normalise,
  parseConlluSentences,
  parseText,
  readDocument,
} from '@kg/extract';
import type { DecodedDocument, Token } from '@kg/extract';
import { loadParser, readConllu, renderTree, writeConllu } from '@kg/parse';
import type { ConlluSentence, Parser } from '@kg/parse';
import { parseFlags, UsageError, type Command, type CommandIo } from '../command.js';
import { maxSizeFlag } from '../options.js';

const FORMATS = ['tree', 'conllu', 'json'] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `Usage: kg parse TEXT|FILE... [options]
       kg parse --conllu FILE [options]

Prints the dependency tree of every sentence: wink-nlp's tokens and UPOS tags, heads and
Universal Dependencies relations from kg's parser (@kg/parse). An argument that names a file is
read like \`kg extract\` reads it (plain text or HTML); anything else is parsed as text.

Options:
  --format FORMAT  tree (default): an indented tree per sentence, "word UPOS relation [id]";
                   conllu: CoNLL-U, with the character span in MISC (TokenRange=start:end);
                   json: { documents: [{ id, sentences: [{ text, start, end, words: [{ id,
                   text, start, end, lemma, upos, head, deprel, spaceAfter }] }] }] }; ids and
                   heads 1-based in the sentence (head 0 = root), offsets into the original
  --conllu FILE    read CoNLL-U and keep its words; write it back with predicted UPOS (wink-nlp's
                   tags for the words), HEAD and DEPREL, DEPS cleared
  --out FILE       write the output to FILE instead of stdout
  --model FILE     a parser model other than the one shipped with @kg/parse
  --max-size MB    refuse files larger than MB megabytes (default ${DEFAULT_MAX_BYTES / 1024 / 1024})
  -h, --help       this text

Exit status: 0 parsed, 1 some input could not be read, 2 usage error.
`;

interface Options {
  format: Format;
  conllu?: string;
  out?: string;
  model?: string;
  maxBytes: number;
  inputs: string[];
}

function parseOptions(argv: string[]): Options {
  const { values, positionals } = parseFlags(argv, {
    format: { type: 'string', default: 'tree' },
    conllu: { type: 'string' },
    out: { type: 'string' },
    model: { type: 'string' },
    'max-size': { type: 'string' },
  });
  const format = values.format as Format;
  if (!FORMATS.includes(format)) {
    throw new UsageError(`unknown --format "${values.format}" (use ${FORMATS.join(', ')})`);
  }
  const options: Options = { format, maxBytes: DEFAULT_MAX_BYTES, inputs: positionals };
  if (values.out !== undefined) {
    const dir = dirname(resolve(values.out));
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      throw new UsageError(`--out ${values.out}: the directory ${dir} does not exist`);
    }
    options.out = values.out;
  }
  if (values['max-size'] !== undefined) {
    options.maxBytes = maxSizeFlag(values['max-size'], DEFAULT_MAX_BYTES);
  }
  if (values.model !== undefined) options.model = values.model;
  if (values.conllu !== undefined) {
    if (positionals.length > 0) {
      throw new UsageError('--conllu FILE takes no other TEXT or FILE arguments');
    }
    options.conllu = values.conllu;
  } else if (positionals.length === 0) {
    throw new UsageError('no TEXT or FILE given');
  }
  return options;
}

/**
 * A file when it exists, or when it looks like a path (a slash, or a file extension and no
 * spaces), so a mistyped file name gets "no such file" rather than a parse of its name.
 */
function isFileArgument(arg: string): boolean {
  if (existsSync(arg)) return true;
  if (/\s/.test(arg)) return false;
  return arg.includes('/') || /^\.[a-z0-9]{1,6}$/i.test(extname(arg));
}

async function readInput(arg: string, maxBytes: number): Promise<DecodedDocument | string> {
  return isFileArgument(arg) ? readDocument(arg, { maxBytes }) : arg;
}

interface ParsedDocument {
  /** The file name, or "text" for an argument parsed as text. */
  id: string;
  sentences: { text: string; start: number; end: number; words: JsonWord[] }[];
}

interface JsonWord {
  id: number;
  text: string;
  start: number;
  end: number;
  lemma: string;
  upos: string;
  head: number;
  deprel: string;
  /** No space before the next word in the original. */
  spaceAfter: boolean;
}

function parseDocument(input: DecodedDocument | string, parser: Parser): ParsedDocument {
  const id = typeof input === 'string' ? 'text' : input.id;
  const original = typeof input === 'string' ? input : input.text;
  const format = typeof input === 'string' ? 'text' : (input.format ?? 'auto');
  const norm = normalise(original, format);
  const { tokens, sentences } = parseText(loadNlp(), norm.text, parser);
  return {
    id,
    sentences: sentences.map((s) => {
      const span = norm.toOriginalSpan(s.start, s.end);
      const words = tokens.slice(s.firstToken, s.lastToken).map((t: Token, k, list) => {
        const o = norm.toOriginalSpan(t.start, t.end);
        const next = list[k + 1];
        return {
          id: k + 1,
          text: t.text,
          start: o.start,
          end: o.end,
          lemma: t.lemma,
          upos: t.upos,
          head: t.head < 0 ? 0 : t.head - s.firstToken + 1,
          deprel: t.deprel,
          spaceAfter: next === undefined || next.start > t.end,
        };
      });
      return {
        text: original.slice(span.start, span.end),
        start: span.start,
        end: span.end,
        words,
      };
    }),
  };
}

function asConllu(docs: readonly ParsedDocument[]): string {
  const sentences: ConlluSentence[] = [];
  docs.forEach((doc, d) =>
    doc.sentences.forEach((s, i) => {
      sentences.push({
        comments: [
          `# sent_id = ${docs.length > 1 ? `${d + 1}-` : ''}${i + 1}`,
          `# text = ${s.text.replace(/\s+/g, ' ')}`,
        ],
        words: s.words.map((w) => ({
          form: w.text,
          lemma: w.lemma,
          upos: w.upos,
          xpos: '_',
          feats: '_',
          head: w.head - 1,
          deprel: w.deprel,
          deps: '_',
          misc: `${w.spaceAfter ? '' : 'SpaceAfter=No|'}TokenRange=${w.start}:${w.end}`,
        })),
        tokens: [],
        emptyNodes: [],
      });
    }),
  );
  return writeConllu(sentences);
}

function asTrees(docs: readonly ParsedDocument[]): string {
  const blocks: string[] = [];
  for (const doc of docs) {
    for (const s of doc.sentences) {
      const tree = renderTree(
        s.words.map((w) => ({ text: w.text, upos: w.upos, head: w.head - 1, deprel: w.deprel })),
      );
      blocks.push(`# ${s.text.replace(/\s+/g, ' ')}\n${tree}\n`);
    }
  }
  return blocks.join('\n');
}

async function run(argv: string[], io: CommandIo): Promise<number> {
  const options = parseOptions(argv);
  const parser = options.model ? loadParser(options.model) : loadSharedParser();
  let output: string;
  let failed = 0;
  if (options.conllu !== undefined) {
    const doc = await readDocument(options.conllu, { maxBytes: options.maxBytes });
    const sentences = readConllu(doc.text, `parse: ${options.conllu}`);
    output = writeConllu(parseConlluSentences(loadNlp(), sentences, parser));
  } else {
    const docs: ParsedDocument[] = [];
    for (const arg of options.inputs) {
      try {
        const input = await readInput(arg, options.maxBytes);
        if (typeof input !== 'string' && input.notice)
          io.stderr.write(`kg parse: ${input.notice}\n`);
        docs.push(parseDocument(input, parser));
      } catch (err) {
        if (options.inputs.length === 1) throw err;
        failed++;
        io.stderr.write(`kg ${err instanceof Error ? err.message : String(err)}\n`);
      }
    }
    if (options.format === 'json') {
      output = `${JSON.stringify({ documents: docs }, null, 2)}\n`;
    } else if (options.format === 'conllu') {
      output = asConllu(docs);
    } else {
      output = asTrees(docs);
    }
  }
  if (options.out !== undefined) await writeFile(options.out, output);
  else io.stdout.write(output);
  return failed > 0 ? 1 : 0;
}

export const parseCommand: Command = {
  name: 'parse',
  summary: 'print the dependency trees of a text or file, or parse a CoNLL-U file',
  usage: USAGE,
  run,
};
