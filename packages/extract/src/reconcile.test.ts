/**
 * Reconciling the rules with the tagger, on sentences written for these tests with a tagger
 * reading given by hand (so the test does not depend on the shipped model's weights): one name,
 * one type, seeded by the strongest cue — a guessed full name ending in the surname of a person
 * the document names surely is that person, whatever the tagger read.
 */
import { describe, expect, it } from 'vitest';
import type { Token } from './analysis.js';
import { loadLexicon } from './lexicon.js';
import { detectMentions } from './mentions.js';
import { loadNlp } from './nlp.js';
import { reconcileMentions } from './reconcile.js';
import { resolveMentions } from './resolve.js';
import { NER_TAGS, beginOf, insideOf } from './tagger/labels.js';
import type { NerTag, TaggedTokens } from './tagger/index.js';
import { tokenise } from './tokens.js';
import { isCommonWord } from './vocabulary.js';

/** Runs the rules, then reconciles them with a tagger that reads `name` as `tag`. */
function reconcileWith(text: string, name: string, tag: NerTag) {
  return reconcileAndResolve(text, name, tag).types;
}

/** As `reconcileWith`; `resolved` lists the mentions resolution keeps, with their types. */
function reconcileAndResolve(text: string, name: string, tag: NerTag) {
  const nlp = loadNlp();
  const lex = loadLexicon();
  const isCommon = (w: string) => isCommonWord(nlp, w);
  const { tokens, sentences } = tokenise(nlp, text);
  const detected = detectMentions(tokens, sentences, lex, isCommon);
  const labels = new Uint8Array(tokens.length);
  const words = name.split(' ');
  const t = NER_TAGS.indexOf(tag);
  for (let i = 0; i + words.length <= tokens.length; i++) {
    if (words.every((w, k) => (tokens[i + k] as Token).text === w)) {
      words.forEach((_, k) => (labels[i + k] = k ? insideOf(t) : beginOf(t)));
    }
  }
  const tags: TaggedTokens = { labels, margins: new Float32Array(tokens.length).fill(5) };
  const out = reconcileMentions(detected, tokens, sentences, tags, lex, isCommon);
  const text_ = (m: (typeof out.mentions)[number]) =>
    tokens
      .slice(m.firstToken, m.lastToken)
      .map((x) => x.text)
      .join(' ');
  const types = (surface: string) =>
    out.mentions.filter((m) => text_(m) === surface).map((m) => m.entityType);
  const resolved = resolveMentions(text, tokens, out, isCommon).mentions.map(
    (m) => `${m.text}/${m.type}`,
  );
  return { types, resolved };
}

describe('a surname after a full name is the person', () => {
  it('a sure person (an age) makes the guessed full name ending in that surname a person', () => {
    const types = reconcileWith(
      'Brenlo Tavisk won in straight sets on Monday. Tavisk , 26 , said he was tired.',
      'Brenlo Tavisk',
      'LOC',
    );
    expect(types('Brenlo Tavisk')).toEqual(['PERSON']);
    expect(types('Tavisk')).toEqual(['PERSON']);
  });
  it('without a sure person the tagger settles the guess', () => {
    const types = reconcileWith(
      'Brenlo Tavisk won in straight sets on Monday. Fans cheered for a long time.',
      'Brenlo Tavisk',
      'LOC',
    );
    expect(types('Brenlo Tavisk')).toEqual(['GPE']);
  });
  it('a name closed by a cue word is no surname', () => {
    const types = reconcileWith(
      'Mr Halvern said the plan was sound. The Orvik Halvern Foundation paid for it.',
      'Orvik Halvern Foundation',
      'ORG',
    );
    expect(types('Orvik Halvern Foundation')).toEqual(['ORG']);
  });
});

describe('a one-word guess the tagger reads as a person inside running text', () => {
  it.each([
    // An everyday word that is also a surname, capitalised mid-sentence: a person.
    ['Officials asked whether Baker had signed the deal.', 'Baker', 'PER', ['Baker/PERSON']],
    ['Reporters said Carter left early on Friday.', 'Carter', 'PER', ['Carter/PERSON']],
    // After a comma too, and where the rules guessed a person and the tagger agrees.
    ['Thanks again, Carter said he would call.', 'Carter', 'PER', ['Carter/PERSON']],
    // The tagger reads no person: the capitalised everyday word is no entity.
    ['Officials asked whether Baker had signed the deal.', 'Baker', 'ORG', []],
    // First in its sentence, the capital says nothing: no entity.
    ['Baker signed the deal on Friday.', 'Baker', 'PER', []],
  ])('%s (tagger: %s %s)', (text, name, tag, expected) => {
    const { resolved } = reconcileAndResolve(text, name, tag as NerTag);
    expect(resolved.filter((m) => m.startsWith(`${name}/`))).toEqual(expected);
  });
});

describe('a one-word guess that is a word only of a sure body is that body', () => {
  it('a person guess after the company named with its legal form joins the company', () => {
    const { types, resolved } = reconcileAndResolve(
      'Varnex Corp. said profits rose. Varnex said it would hire 200 workers.',
      'Varnex',
      'PER',
    );
    expect(types('Varnex')).toEqual(['ORG']);
    expect(resolved).not.toContain('Varnex/PERSON');
  });
  it('not where a person also holds the word', () => {
    const types = reconcileWith(
      'Henry Fordham founded Fordham Motor Co. in 1903. Fordham said the car was cheap.',
      'Fordham',
      'PER',
    );
    expect(types('Fordham')).toEqual(['PERSON']);
  });
  it('not where its clause says he', () => {
    const types = reconcileWith(
      'Varnex Corp. said profits rose. Varnex said he would retire in May.',
      'Varnex',
      'PER',
    );
    expect(types('Varnex')).toEqual(['PERSON']);
  });
});

describe('an email address is no name', () => {
  it.each([
    ['Send your comments to KariLund@varnexmail.com by Friday.', 'KariLund@varnexmail.com'],
    ['Contact Ola.B.Vik@zentrix.com for details.', 'Ola.B.Vik@zentrix.com'],
  ])('%s → no %s', (text, email) => {
    const types = reconcileWith(text, email, 'ORG');
    expect(types(email)).toEqual([]);
  });
  it('a name beside it stays', () => {
    const types = reconcileWith(
      'Ola Vik wrote to us from ola@zentrix.com on Monday.',
      'Ola Vik',
      'PER',
    );
    expect(types('Ola Vik')).toEqual(['PERSON']);
  });
});
