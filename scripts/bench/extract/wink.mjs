/**
 * The baseline: bare wink-nlp with its English lite model, default pipe, reading a document
 * and asking for what the pipeline starts from — POS tags and wink's own entities. Returns the
 * token count, which is the unit of every tokens-per-second figure in the bench.
 */
import { importFrom } from '../lib/workspace.mjs';

/** Loads wink-nlp and the model as `packages/extract` resolves them. */
export async function loadWink() {
  const winkNLP = await importFrom('extract', 'wink-nlp');
  const model = await importFrom('extract', 'wink-eng-lite-web-model');
  const nlp = winkNLP(model);
  const its = nlp.its;
  return (text) => {
    const doc = nlp.readDoc(text);
    const tokens = doc.tokens();
    tokens.out(its.pos);
    doc.entities().out(its.detail);
    return tokens.length();
  };
}
