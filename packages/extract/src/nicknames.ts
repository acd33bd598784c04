/**
 * Team nicknames in sports reports: "the Cubs", "Orioles", "the All Blacks", "a Springbok
 * flanker" name a club or a national side, an organisation. The list (`data/team-nicknames.json`)
 * is the North American major leagues' clubs and the national rugby sides. Only in a sports
 * report (`isSportsReport`): elsewhere "Cardinals", "Giants" and "Reds" are other things. A
 * nickname that is an everyday word ("Heat", "Stars") counts only inside its sentence, not as
 * its first word, and never in a line in capitals ("WILD CARD RACE"). A longer mention around
 * the nickname ("Chicago Cubs", "Magic Johnson") is left as it is; a mention over exactly the
 * nickname (a guessed person, a demonym: "Indians") becomes the team.
 */
import { readFileSync } from 'node:fs';
import type { Token } from './analysis.js';
import { hasLetter, isCap } from './casing.js';
import { joinSpans } from './join-spans.js';
import type { JoinedSpan } from './join-spans.js';
import type { Lexicon } from './lexicon.js';
import { settleName } from './mentions.js';
import type { Detected } from './mentions.js';
import { isSportsReport } from './teams.js';

interface NicknameFile {
  nicknames: string[];
}

let cached: Map<string, number> | undefined;
/** Nicknames by their words in lower case ("red sox"), with their word counts. */
function nicknames(): Map<string, number> {
  if (!cached) {
    const file = JSON.parse(
      readFileSync(new URL('../data/team-nicknames.json', import.meta.url), 'utf8'),
    ) as NicknameFile;
    cached = new Map(file.nicknames.map((n) => [n.toLowerCase(), n.split(/\s+/).length]));
  }
  return cached;
}

export function markNicknames(
  tokens: readonly Token[],
  detected: Detected,
  lex: Lexicon,
  isCommon: (lower: string) => boolean,
): Detected {
  if (!isSportsReport(tokens, lex)) return detected;
  const names = nicknames();
  const lowerIn = new Set<number>();
  for (const t of tokens) if (hasLetter(t.text) && t.text === t.lower) lowerIn.add(t.sentence);
  const at = new Map<number, number>();
  detected.mentions.forEach((m, k) => {
    for (let i = m.firstToken; i < m.lastToken; i++) at.set(i, k);
  });
  const spans: JoinedSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!isCap(t)) continue;
    for (const n of [2, 1]) {
      const words = tokens.slice(i, i + n);
      if (words.length < n || words.some((w) => w.sentence !== t.sentence || !isCap(w))) continue;
      const key = words.map((w) => w.lower).join(' ');
      if (names.get(key) !== n) continue;
      const prev = tokens[i - 1];
      const first = !prev || prev.sentence !== t.sentence;
      const common = n === 1 && isCommon(t.lower);
      if (common && (first || !lowerIn.has(t.sentence))) break;
      const k = at.get(i);
      const m = k !== undefined ? detected.mentions[k] : undefined;
      if (m) {
        // Exactly the nickname: it is the team. A longer name around it stays.
        const exact = m.firstToken === i && m.lastToken === i + n;
        if (exact && (m.type !== 'ORG' || !m.confident || m.canonical)) settleName(m, 'ORG');
      } else {
        // A mention inside the nickname ("Blacks") gives way; one reaching past it keeps it.
        spans.push({
          first: i,
          last: i + n,
          mention: {
            firstToken: i,
            lastToken: i + n,
            type: 'ORG',
            entityType: 'ORG',
            kind: 'name',
            confident: true,
          },
        });
      }
      i += n - 1;
      break;
    }
  }
  return joinSpans(detected, spans);
}
