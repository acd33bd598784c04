/**
 * Runs the built CLI's `extract` over texts and collects the predicted name spans, typed the
 * Universal NER way (PERSON → PER, ORG → ORG, GPE / LOC / FACILITY → LOC, all else left out): the
 * shared half of `eval-uner.mjs` and `eval-gum.mjs`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const NER_TYPE = { PERSON: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', FACILITY: 'LOC' };

/**
 * Writes each text to a file of its own in a temporary folder, extracts the folder with `cli`,
 * and returns one set of "start:end:TYPE" spans per text, in the order given.
 *
 * @param {string} cli path of packages/cli/dist/main.js
 * @param {{ name: string, text: string }[]} texts file names (unique) and texts
 * @returns {Set<string>[]}
 */
export function predictedSpans(cli, texts) {
  const dir = mkdtempSync(join(tmpdir(), 'ner-eval-'));
  try {
    for (const t of texts) writeFileSync(join(dir, t.name), t.text);
    const out = execFileSync(process.execPath, [cli, 'extract', dir, '--format', 'json'], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const pred = JSON.parse(out.slice(out.indexOf('{')));
    const byName = new Map(texts.map((t) => [t.name, new Set()]));
    for (const e of (pred.graph ?? pred).entities ?? []) {
      for (const m of e.mentions ?? []) {
        const type = NER_TYPE[String(m.type ?? e.type)] ?? null;
        const set = byName.get(basename(String(m.doc ?? '')));
        if (type && set) set.add(`${m.start}:${m.end}:${type}`);
      }
    }
    return texts.map((t) => byName.get(t.name));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
