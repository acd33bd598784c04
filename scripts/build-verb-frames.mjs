#!/usr/bin/env node
// Builds packages/extract/data/verb-frames.json: verb lemma -> relation frames.
//
//   node scripts/build-verb-frames.mjs [--cameo PATH]
//
// Two sources, in order of precedence:
//   1. CUES below: the cue words of the relation type table in ../shared/eval/README.md, with the
//      argument pattern each needs (which preposition carries the object, personnel vs things).
//   2. PETRARCH2's CAMEO verb dictionary (../shared/lexicon-sources/petrarch2/CAMEO.2.0.txt, MIT,
//      (c) Open Event Data Alliance): each verb synset has a CAMEO event code; code families map
//      to our relation types (FAMILIES below). Only the verb -> code assignment is used, not the
//      phrase patterns, and verbs in SKIP (too general to carry a relation alone) are left out.
// The output is data: the relation rules read it, nothing else is generated from it.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const cameoArg = argv.indexOf('--cameo');
const cameoPath =
  cameoArg >= 0
    ? resolve(argv[cameoArg + 1])
    : resolve(root, '../shared/lexicon-sources/petrarch2/CAMEO.2.0.txt');
const outPath = join(root, 'packages/extract/data/verb-frames.json');

/** CAMEO code prefix -> relation type (longest prefix wins; null = no relation). */
const FAMILIES = {
  '01': null, // public statements
  '02': null, // appeals
  '03': null, // intent (handled as modality, not relation)
  '040': null, // "consult" is mostly consider/hear/notify
  '041': null,
  '042': 'VISITS',
  '043': null, // host a visit: the object visits the subject
  '044': 'MEETS',
  '045': 'MEETS',
  '046': 'MEETS',
  '05': 'COOPERATES_WITH',
  '051': 'SUPPORTS',
  '052': 'SUPPORTS',
  '053': 'SUPPORTS',
  '054': null,
  '055': null,
  '056': null,
  '06': 'COOPERATES_WITH',
  '07': 'SUPPLIES',
  '074': 'SUPPORTS',
  '08': null,
  '09': null,
  10: 'PRESSURES',
  11: 'CRITICIZES',
  110: null, // "disapprove" synset is mostly feelings (regret, lament)
  112: 'ACCUSES',
  12: 'CRITICIZES',
  120: null,
  13: 'THREATENS',
  14: null,
  15: null,
  16: 'SANCTIONS',
  160: null,
  161: null,
  17: null,
  172: 'SANCTIONS',
  173: 'ARRESTS',
  18: 'ATTACKS',
  19: 'ATTACKS',
  20: 'ATTACKS',
};

/** CAMEO verbs too general, or too ambiguous without a parser, to carry a relation alone. */
const SKIP = new Set(
  `die engage fail defect dismiss evacuate airlift feed fuel charge convict sentence file fine
   link merge trade grant allocate boost enact enlist facilitate release allow yield submit
   influence disclose rejoice agree bargain pound target rip whip hurt abuse fly pilot
   impose confine exclude impel punish suppress extract steal apprehend nationalize deport
   boycott cut reduce halt suspend break end stop drop refuse reject deny veto oppose resist
   defy ignore block rebuff overrule delay appeal hope suggest intend offer pledge prepare
   promise revive signal strive call visit host arrive assemble cable consider hear introduce
   invite notify meet meet_people go_somewhere best circle match inhabit reside ring master
   overshadow overtake surmount pit infest tear storm blow beat crack bust stone spoil tarnish
   ward tend prefer prize value need tax risk celebrate commemorate clap cheer toast admire
   esteem rouse inspire enliven invigorate revitalize galvanize spur exalt glorify sanctify
   honor honour interfere intervene rescue shelter stabilise stabilize compensate breach brand
   corrupt contaminate dishonor dishonour vitiate mar impair quarrel conflict struggle attend
   convene broker decree order campaign crusade bid push step affect impact admit confess reveal
   unveil expose overcome best match profess exult exuberate triumph tempt advertise advertize promote`.split(
    /\s+/,
  ),
);

/**
 * Cue words of the type table (../shared/eval/README.md) and their argument patterns.
 * prep: the preposition that introduces the object (none: the direct object).
 * theme: 'personnel' or 'thing' when the direct object decides the type (send troops / arms);
 *   'request' when the verb needs an infinitive saying what is asked ("asked X to leave");
 *   'none' when the frame holds only without a direct object ("moved to Oslo").
 * products: the object must be a product or a weapon (not an organisation or a facility).
 * objectFirst: the object is the direct object even when a preposition frame also exists.
 * reverse: the prepositional object is the relation's subject ("bought drones from Iran": Iran SUPPLIES the buyer);
 *   with no prep, the direct object is the subject and the verb's actor the object ("hired X").
 * persons: the object must be a person ("talked to Kari Lund" meets her; "talked to the BBC",
 *   "told Reuters" are a source's words, not a meeting).
 * topic: the direct object is what is talked about, not a party: coordinated subjects still
 *   meet ("Norway and Sweden discussed the treaty").
 * theme 'message': the direct object is a message, letter or call ("sent a letter to X").
 * theme 'weapon': the direct object, if any, is a weapon or an attack (a weapon name, an attack
 *   noun of nominal-frames.json, or one of its projectileNouns).
 * theme 'goods': the direct object is money, arms or goods (a sum, a weapon or product, or a noun of
 *   nominal-frames.json goodsNouns): "gave Kari Lund $500" supplies, "gave her a chance" does not.
 */
const CUES = {
  attack: [{ type: 'ATTACKS' }],
  strike: [{ type: 'ATTACKS' }],
  bomb: [{ type: 'ATTACKS' }],
  shell: [{ type: 'ATTACKS' }],
  invade: [{ type: 'ATTACKS' }],
  kill: [{ type: 'ATTACKS' }],
  destroy: [{ type: 'ATTACKS' }],
  target: [{ type: 'ATTACKS' }],
  hit: [{ type: 'ATTACKS' }],
  raid: [{ type: 'ATTACKS' }],
  fight: [{ type: 'ATTACKS' }, { type: 'ATTACKS', prep: 'against' }],
  ambush: [{ type: 'ATTACKS' }],
  // "sold X to Y": Y acquires X too (and "X was sold to Y" names only the buyer).
  sell: [
    { type: 'SUPPLIES', prep: 'to' },
    { type: 'ACQUIRES', prep: 'to', reverse: true, objectFirst: true },
  ],
  supply: [
    { type: 'SUPPLIES', prep: 'to' },
    { type: 'SUPPLIES', prep: 'with', objectFirst: true },
  ],
  provide: [
    { type: 'SUPPLIES', prep: 'to' },
    { type: 'SUPPLIES', prep: 'with', objectFirst: true },
  ],
  deliver: [{ type: 'SUPPLIES', prep: 'to' }],
  ship: [{ type: 'SUPPLIES', prep: 'to' }],
  export: [{ type: 'SUPPLIES', prep: 'to' }],
  // A person transferred somewhere goes there ("was transferred to a prison in Bergen").
  transfer: [
    { type: 'SUPPLIES', prep: 'to', theme: 'thing' },
    { type: 'DEPLOYS_TO', prep: 'to', theme: 'personnel' },
    { type: 'VISITS', prep: 'to', subject: 'patient' },
  ],
  arm: [{ type: 'SUPPLIES' }],
  send: [
    { type: 'DEPLOYS_TO', prep: 'to', theme: 'personnel' },
    { type: 'DEPLOYS_TO', prep: 'into', theme: 'personnel' },
    { type: 'SUPPLIES', prep: 'to', theme: 'thing' },
    // "sent a letter to Kari Lund": correspondence.
    { type: 'MEETS', prep: 'to', theme: 'message', weak: true },
  ],
  deploy: [
    { type: 'DEPLOYS_TO', prep: 'to' },
    { type: 'DEPLOYS_TO', prep: 'in' },
    { type: 'DEPLOYS_TO', prep: 'into' },
  ],
  dispatch: [
    { type: 'DEPLOYS_TO', prep: 'to', theme: 'personnel' },
    { type: 'SUPPLIES', prep: 'to', theme: 'thing' },
  ],
  station: [
    { type: 'DEPLOYS_TO', prep: 'in' },
    { type: 'DEPLOYS_TO', prep: 'to' },
  ],
  place: [{ type: 'DEPLOYS_TO', prep: 'in', theme: 'personnel' }],
  position: [{ type: 'DEPLOYS_TO', prep: 'in', theme: 'personnel' }],
  'move in': [{ type: 'DEPLOYS_TO', prep: 'to', theme: 'personnel' }],
  help: [{ type: 'SUPPORTS' }],
  assist: [{ type: 'SUPPORTS' }],
  aid: [{ type: 'SUPPORTS' }],
  back: [{ type: 'SUPPORTS' }],
  support: [{ type: 'SUPPORTS' }],
  endorse: [{ type: 'SUPPORTS' }],
  fund: [{ type: 'SUPPORTS' }],
  finance: [{ type: 'SUPPORTS' }],
  criticise: [{ type: 'CRITICIZES' }],
  criticize: [{ type: 'CRITICIZES' }],
  condemn: [{ type: 'CRITICIZES' }],
  denounce: [{ type: 'CRITICIZES' }],
  oppose: [{ type: 'CRITICIZES' }],
  'object to': [{ type: 'CRITICIZES' }],
  slam: [{ type: 'CRITICIZES' }],
  rebuke: [{ type: 'CRITICIZES' }],
  accuse: [{ type: 'ACCUSES' }],
  blame: [{ type: 'ACCUSES' }],
  allege: [],
  threaten: [{ type: 'THREATENS' }],
  warn: [{ type: 'THREATENS', weak: true }],
  urge: [{ type: 'PRESSURES' }],
  force: [{ type: 'PRESSURES' }],
  compel: [{ type: 'PRESSURES' }],
  press: [{ type: 'PRESSURES' }],
  pressure: [{ type: 'PRESSURES' }],
  pressurize: [{ type: 'PRESSURES' }],
  demand: [{ type: 'PRESSURES', prep: 'of' }],
  'call on': [{ type: 'PRESSURES' }],
  sanction: [{ type: 'SANCTIONS' }],
  embargo: [{ type: 'SANCTIONS' }],
  ban: [{ type: 'SANCTIONS', weak: true }],
  // A fine or penalty is a punitive measure ("the Commission fined Globex").
  fine: [{ type: 'SANCTIONS', weak: true }],
  penalise: [{ type: 'SANCTIONS', weak: true }],
  penalize: [{ type: 'SANCTIONS', weak: true }],
  blacklist: [{ type: 'SANCTIONS' }],
  cooperate: [{ type: 'COOPERATES_WITH', prep: 'with' }],
  ally: [{ type: 'COOPERATES_WITH', prep: 'with' }],
  partner: [{ type: 'COOPERATES_WITH', prep: 'with' }],
  collaborate: [{ type: 'COOPERATES_WITH', prep: 'with' }],
  agree: [{ type: 'COOPERATES_WITH', prep: 'with' }],
  'sign a deal': [{ type: 'COOPERATES_WITH', prep: 'with' }],
  meet: [{ type: 'MEETS' }, { type: 'MEETS', prep: 'with' }],
  // Contact in person or at a distance. To a person only ("spoke to Kari Lund"): news quotes
  // sources with the same words ("told the BBC", "speaking to Reuters", "wrote to the Times").
  talk: [
    { type: 'MEETS', prep: 'with' },
    { type: 'MEETS', prep: 'to', persons: true },
  ],
  speak: [
    { type: 'MEETS', prep: 'with' },
    { type: 'MEETS', prep: 'to', persons: true },
  ],
  confer: [{ type: 'MEETS', prep: 'with' }],
  negotiate: [{ type: 'MEETS', prep: 'with', topic: true }],
  discuss: [{ type: 'MEETS', prep: 'with', topic: true }],
  correspond: [{ type: 'MEETS', prep: 'with' }],
  'hold talks': [{ type: 'MEETS', prep: 'with' }],
  // "told Kari Lund that …"; "told Kari Lund to leave" presses her too (the request frame).
  tell: [
    { type: 'PRESSURES', theme: 'request' },
    { type: 'MEETS', persons: true, weak: true },
  ],
  // "called Kari Lund on Tuesday" (the telephone); not "called him a liar", "called on X".
  call: [{ type: 'MEETS', persons: true, weak: true, theme: 'bare' }],
  write: [{ type: 'MEETS', prep: 'to', persons: true, weak: true }],
  email: [{ type: 'MEETS', weak: true }],
  'e-mail': [{ type: 'MEETS', weak: true }],
  text: [{ type: 'MEETS', persons: true, weak: true }],
  // A visit to a person is a meeting (typeOverrides: VISITS with a person object).
  visit: [{ type: 'VISITS' }, { type: 'VISITS', prep: 'in' }],
  host: [{ type: 'MEETS', persons: true, weak: true }],
  travel: [{ type: 'VISITS', prep: 'to' }],
  'arrive in': [{ type: 'VISITS' }],
  arrive: [
    { type: 'VISITS', prep: 'in' },
    { type: 'VISITS', prep: 'at' },
  ],
  tour: [{ type: 'VISITS' }, { type: 'VISITS', prep: 'in' }],
  // Who is flown or driven somewhere goes there too ("drove Kari Lund to Bergen", "was flown
  // to Oslo"): the patient visits (only an actor: "drove the van to Bergen" visits nothing).
  fly: [
    { type: 'VISITS', prep: 'to' },
    { type: 'VISITS', prep: 'to', subject: 'patient' },
    { type: 'DEPLOYS_TO', prep: 'to', theme: 'personnel' },
  ],
  drive: [
    { type: 'VISITS', prep: 'to' },
    { type: 'VISITS', prep: 'to', subject: 'patient' },
  ],
  walk: [
    { type: 'VISITS', prep: 'to' },
    { type: 'VISITS', prep: 'into' },
  ],
  sail: [{ type: 'VISITS', prep: 'to' }],
  land: [
    { type: 'VISITS', prep: 'in' },
    { type: 'VISITS', prep: 'at' },
  ],
  // "left for Paris" (not "left Globex for Acme": only a place is visited).
  // One leaves or quits what one belonged to ('left Globex in 2004', 'quit the party'); a place
  // left is no body (typeOverrides in nominal-frames.json drop it).
  leave: [
    { type: 'VISITS', prep: 'for' },
    { type: 'MEMBER_OF', weak: true },
  ],
  cross: [{ type: 'VISITS', prep: 'into' }],
  // People moved by someone else go where they are taken ("smuggled migrants into Italy",
  // "transported the prisoners to Bergen"); goods transported to someone are supplied.
  smuggle: [
    { type: 'DEPLOYS_TO', prep: 'to', theme: 'personnel' },
    { type: 'DEPLOYS_TO', prep: 'into', theme: 'personnel' },
    { type: 'DEPLOYS_TO', prep: 'across', theme: 'personnel' },
  ],
  transport: [
    { type: 'DEPLOYS_TO', prep: 'to', theme: 'personnel' },
    { type: 'SUPPLIES', prep: 'to', theme: 'thing' },
    { type: 'VISITS', prep: 'to', subject: 'patient' },
  ],
  // Also a person deported or brought somewhere ("was deported to Lemuria", "brought Kari Lund to
  // Oslo"); people deported or brought in numbers are sent there ("deported 40 migrants to X").
  deport: [
    { type: 'DEPLOYS_TO', prep: 'to', theme: 'personnel' },
    { type: 'VISITS', prep: 'to', subject: 'patient' },
  ],
  bring: [
    { type: 'DEPLOYS_TO', prep: 'to', theme: 'personnel' },
    { type: 'VISITS', prep: 'to', subject: 'patient' },
  ],
  // A person taken, escorted or rushed somewhere goes there ("was taken to a hospital in Ashby",
  // "escorted Kari Lund to Oslo"; only a person: "took Globex to court" moves no company).
  take: [{ type: 'VISITS', prep: 'to', subject: 'patient' }],
  escort: [{ type: 'VISITS', prep: 'to', subject: 'patient' }],
  rush: [{ type: 'VISITS', prep: 'to', subject: 'patient' }],
  // "marched to the capital".
  march: [{ type: 'VISITS', prep: 'to' }],
  // "checked into the Hotel Bristol".
  check: [{ type: 'VISITS', prep: 'into' }],
  go: [{ type: 'VISITS', prep: 'to' }],
  come: [{ type: 'VISITS', prep: 'to' }],
  return: [{ type: 'VISITS', prep: 'to' }],
  enter: [{ type: 'VISITS' }],
  // Movement to a place (the object must be a place: "fled to Pakistan", "reached Kabul").
  reach: [{ type: 'VISITS', weak: true }],
  flee: [{ type: 'VISITS', prep: 'to' }],
  escape: [{ type: 'VISITS', prep: 'to' }],
  // Moving house or office is where one is, not a visit ("moved to Mid Wales in 1961", "who had
  // moved to the US"); without a direct object ("moved troops to the border" deploys).
  move: [
    { type: 'LOCATED_IN', prep: 'to', theme: 'none', weak: true },
    { type: 'DEPLOYS_TO', prep: 'to', theme: 'personnel' },
  ],
  relocate: [
    { type: 'LOCATED_IN', prep: 'to', theme: 'none' },
    { type: 'DEPLOYS_TO', prep: 'to', theme: 'personnel' },
  ],
  emigrate: [{ type: 'LOCATED_IN', prep: 'to', theme: 'none' }],
  'settle in': [{ type: 'LOCATED_IN', theme: 'none' }],
  // Contact at a distance ("phoned the embassy", "contacted Interpol").
  contact: [{ type: 'MEETS', weak: true }],
  phone: [{ type: 'MEETS', weak: true }],
  telephone: [{ type: 'MEETS', weak: true }],
  head: [
    { type: 'VISITS', prep: 'to' },
    { type: 'LEADER_OF', weak: true },
  ],
  order: [{ type: 'PRESSURES', weak: true }],
  instruct: [{ type: 'PRESSURES', weak: true }],
  // A request with what is to be done ("asked Norway to extradite him", "told them to leave");
  // "asked X" or "told X" alone is a question or a statement.
  ask: [{ type: 'PRESSURES', theme: 'request' }],
  request: [{ type: 'PRESSURES', theme: 'request' }],
  command: [{ type: 'PRESSURES', weak: true }],
  use: [{ type: 'USES' }],
  utilize: [{ type: 'USES' }],
  // Who hires, recruits or appoints a person has them as a member ("Globex hired Karl Dahl":
  // Dahl MEMBER_OF Globex; reverse with no preposition: the object is the relation's subject,
  // and persons: only a person is hired so; "hired Karl Dahl as chief executive" is the role's).
  employ: [{ type: 'USES' }, { type: 'MEMBER_OF', reverse: true, persons: true }],
  hire: [{ type: 'MEMBER_OF', reverse: true, persons: true }],
  recruit: [{ type: 'MEMBER_OF', reverse: true, persons: true }],
  appoint: [{ type: 'MEMBER_OF', reverse: true, persons: true }],
  // A club or firm that signs a person takes them on ("Chelsea signed Karl Dahl from Lyon");
  // what else is signed (a bill, a deal, a letter) is no person.
  sign: [{ type: 'MEMBER_OF', reverse: true, persons: true }],
  // What is launched or fired at someone must be a weapon or an attack ("launched missiles at",
  // "launched an offensive against", "fired at police"); "launched a service at Oslo airport"
  // attacks no one.
  launch: [
    { type: 'USES' },
    { type: 'ATTACKS', prep: 'at', theme: 'weapon' },
    { type: 'ATTACKS', prep: 'against', theme: 'weapon' },
  ],
  fire: [{ type: 'USES' }, { type: 'ATTACKS', prep: 'at', theme: 'weapon' }],
  // "opened fire on the convoy", "into the crowd", "at police".
  'open fire': [
    { type: 'ATTACKS', prep: 'on' },
    { type: 'ATTACKS', prep: 'at' },
    { type: 'ATTACKS', prep: 'into' },
  ],
  operate: [{ type: 'USES' }],
  // A bomb set off or planted is the bomber's weapon ("detonated a car bomb", "planted an IED");
  // only with a weapon or product as the object ("planted trees" is none).
  detonate: [{ type: 'USES', theme: 'thing', products: true }],
  'set off': [{ type: 'USES', theme: 'thing', products: true }],
  plant: [{ type: 'USES', theme: 'thing', products: true }],
  'turn to': [{ type: 'USES' }],
  'rely on': [{ type: 'USES' }],
  produce: [{ type: 'PRODUCES' }],
  manufacture: [{ type: 'PRODUCES' }],
  build: [{ type: 'PRODUCES' }],
  assemble: [{ type: 'PRODUCES' }],
  // Makers of a named product or system ("Blu-ray, developed by Sony"); only with a product or
  // weapon as the object ("developed ties with X", "the network developed by X" name none).
  develop: [{ type: 'PRODUCES', theme: 'thing', products: true }],
  design: [{ type: 'PRODUCES', theme: 'thing', products: true }],
  invent: [{ type: 'PRODUCES', theme: 'thing', products: true }],
  create: [{ type: 'PRODUCES', theme: 'thing', products: true }],
  buy: [{ type: 'ACQUIRES' }, { type: 'SUPPLIES', prep: 'from', reverse: true }],
  purchase: [{ type: 'ACQUIRES' }, { type: 'SUPPLIES', prep: 'from', reverse: true }],
  acquire: [{ type: 'ACQUIRES' }],
  'take over': [{ type: 'ACQUIRES' }],
  rent: [{ type: 'ACQUIRES' }, { type: 'SUPPLIES', prep: 'from', reverse: true }],
  borrow: [{ type: 'SUPPLIES', prep: 'from', reverse: true }],
  lend: [{ type: 'SUPPLIES', prep: 'to' }],
  loan: [{ type: 'SUPPLIES', prep: 'to' }],
  donate: [{ type: 'SUPPLIES', prep: 'to' }],
  'hand over': [{ type: 'SUPPLIES', prep: 'to', theme: 'thing' }],
  // Money paid to someone ("paid Kari Lund $500", "paid $500 to Globex"); idioms pay nothing.
  pay: [{ type: 'SUPPLIES' }, { type: 'SUPPLIES', prep: 'to', theme: 'thing' }],
  // "gave the rebels rifles", "gave Kari Lund $500": only money, arms and goods are supplied.
  give: [{ type: 'SUPPLIES', prep: 'to', theme: 'goods' }],
  'pay tribute': [],
  'pay homage': [],
  'pay attention': [],
  'pay respect': [],
  'pay heed': [],
  'pay price': [],
  'pay the price': [],
  'pay visit': [],
  'pay a visit': [],
  'pay compliment': [],
  lease: [{ type: 'ACQUIRES' }, { type: 'SUPPLIES', prep: 'from', reverse: true }],
  receive: [{ type: 'ACQUIRES' }, { type: 'SUPPLIES', prep: 'from', reverse: true }],
  obtain: [{ type: 'ACQUIRES' }],
  import: [{ type: 'ACQUIRES' }, { type: 'SUPPLIES', prep: 'from', reverse: true }],
  'take delivery': [
    { type: 'ACQUIRES', prep: 'of' },
    { type: 'SUPPLIES', prep: 'from', reverse: true },
  ],
  annex: [{ type: 'ANNEXES' }],
  occupy: [{ type: 'ANNEXES' }],
  seize: [{ type: 'ANNEXES' }],
  capture: [{ type: 'ANNEXES' }],
  arrest: [{ type: 'ARRESTS' }],
  // "extradited X to Y": Y takes X into custody; the countries work together (CAMEO 063).
  extradite: [
    { type: 'ARRESTS', prep: 'to', reverse: true, objectFirst: true },
    { type: 'VISITS', prep: 'to', subject: 'patient' },
    { type: 'COOPERATES_WITH', prep: 'with' },
  ],
  detain: [{ type: 'ARRESTS' }],
  jail: [{ type: 'ARRESTS' }],
  imprison: [{ type: 'ARRESTS' }],
  sue: [{ type: 'SUES' }],
  indict: [{ type: 'SUES' }],
  prosecute: [{ type: 'SUES' }],
  convict: [{ type: 'SUES', weak: true }],
  sentence: [{ type: 'SUES', weak: true }],
  'take to court': [{ type: 'SUES' }],
  // Custody and trial as a verb and its phrase ("was taken into custody by the FBI").
  'take into custody': [{ type: 'ARRESTS' }],
  'hold in custody': [{ type: 'ARRESTS' }],
  'place under arrest': [{ type: 'ARRESTS' }],
  'put under arrest': [{ type: 'ARRESTS' }],
  'put on trial': [{ type: 'SUES' }],
  'bring to trial': [{ type: 'SUES' }],
  lead: [{ type: 'LEADER_OF', weak: true }],
  run: [{ type: 'LEADER_OF', weak: true }],
  manage: [{ type: 'LEADER_OF', weak: true }],
  found: [{ type: 'LEADER_OF', weak: true }],
  'set up': [{ type: 'LEADER_OF', weak: true }],
  // "The band was formed by A, B and C", "Ola Berg formed Acme in 1990": founding, as "found".
  form: [{ type: 'LEADER_OF', weak: true }],
  'co-found': [{ type: 'LEADER_OF' }],
  'work for': [{ type: 'MEMBER_OF' }],
  work: [
    { type: 'MEMBER_OF', prep: 'for' },
    { type: 'MEMBER_OF', prep: 'at' },
    { type: 'COOPERATES_WITH', prep: 'with' },
  ],
  teach: [{ type: 'MEMBER_OF', prep: 'at' }],
  play: [
    { type: 'MEMBER_OF', prep: 'for' },
    { type: 'MEMBER_OF', prep: 'with' },
  ],
  'sign for': [{ type: 'MEMBER_OF' }],
  score: [{ type: 'MEMBER_OF', prep: 'for', weak: true }],
  captain: [{ type: 'LEADER_OF' }],
  coach: [{ type: 'LEADER_OF' }],
  study: [{ type: 'MEMBER_OF', prep: 'at', weak: true }],
  serve: [
    { type: 'MEMBER_OF', prep: 'in' },
    { type: 'MEMBER_OF', prep: 'on' },
    { type: 'MEMBER_OF', prep: 'with' },
  ],
  represent: [{ type: 'MEMBER_OF', weak: true }],
  // "sits on the board of Globex", "Norway sits on the Security Council"; "was elected to the
  // board of Globex", "voters elected Ann Holt to parliament": the one elected is the member.
  sit: [{ type: 'MEMBER_OF', prep: 'on' }],
  elect: [{ type: 'MEMBER_OF', prep: 'to', subject: 'patient' }],
  // Location and origin: the verb's patient (a passive's subject) is the relation's subject.
  base: [{ type: 'LOCATED_IN', prep: 'in', subject: 'patient' }],
  headquarter: [{ type: 'LOCATED_IN', prep: 'in', subject: 'patient' }],
  locate: [{ type: 'LOCATED_IN', prep: 'in', subject: 'patient' }],
  situate: [{ type: 'LOCATED_IN', prep: 'in', subject: 'patient' }],
  bear: [{ type: 'AFFILIATED_WITH', prep: 'in', subject: 'patient' }],
  born: [{ type: 'AFFILIATED_WITH', prep: 'in', subject: 'patient' }],
  live: [{ type: 'LOCATED_IN', prep: 'in' }],
  reside: [{ type: 'LOCATED_IN', prep: 'in' }],
  grow: [{ type: 'AFFILIATED_WITH', prep: 'in', weak: true }],
  'grow up': [{ type: 'AFFILIATED_WITH', prep: 'in' }],
  // Killing is an attack whoever does it (see typeOverrides in nominal-frames.json).
  assassinate: [{ type: 'ATTACKS' }],
  murder: [{ type: 'ATTACKS' }],
  shoot: [{ type: 'ATTACKS' }],
  'shoot down': [{ type: 'ATTACKS' }],
  stab: [{ type: 'ATTACKS' }],
  slay: [{ type: 'ATTACKS' }],
  execute: [{ type: 'ATTACKS', weak: true }],
  behead: [{ type: 'ATTACKS' }],
  'gun down': [{ type: 'ATTACKS' }],
  injure: [{ type: 'ATTACKS' }],
  wound: [{ type: 'ATTACKS' }],
  storm: [{ type: 'ATTACKS' }],
  'blow up': [{ type: 'ATTACKS' }],
  merge: [{ type: 'COOPERATES_WITH', prep: 'with' }],
  'team up': [{ type: 'COOPERATES_WITH', prep: 'with' }],
  'side with': [{ type: 'SUPPORTS' }],
  'vote for': [{ type: 'SUPPORTS' }],
  'take control': [{ type: 'ACQUIRES', prep: 'of' }],
  'buy out': [{ type: 'ACQUIRES' }],
  'take a stake': [{ type: 'ACQUIRES', prep: 'in' }],
  own: [{ type: 'ACQUIRES', weak: true }],
  charge: [{ type: 'SUES', weak: true }],
  'file a lawsuit': [{ type: 'SUES', prep: 'against' }],
  'file suit': [{ type: 'SUES', prep: 'against' }],
  'bring a case': [{ type: 'SUES', prep: 'against' }],
  join: [{ type: 'MEMBER_OF', weak: true }],
  // One resigns from what one belonged to ('resigned from Globex', 'resigned from the Senate').
  resign: [{ type: 'MEMBER_OF', prep: 'from' }],
  quit: [{ type: 'MEMBER_OF', weak: true }],
  'step down': [{ type: 'MEMBER_OF', prep: 'from' }],
  chair: [{ type: 'LEADER_OF', weak: true }],
};

function codeType(code) {
  for (let n = code.length; n > 0; n--) {
    const t = FAMILIES[code.slice(0, n)];
    if (t !== undefined) return t;
  }
  return null;
}

function parseCameo(text) {
  const verbs = new Map(); // lemma -> code
  let inVerbs = false;
  let blockCode = null;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*$/, '').trimEnd();
    if (raw.startsWith('####### VERB PATTERNS')) inVerbs = true;
    const block = /^---\s+(\S+)\s+\[([^\]]*)\]/.exec(line);
    if (inVerbs && block) {
      blockCode = block[2];
      continue;
    }
    if (!inVerbs || !line.trim() || line.startsWith('-')) continue;
    const verb = /^\+?([A-Z][A-Z_-]*)\s*(?:\[([^\]]*)\])?/.exec(line.trim());
    if (!verb) continue;
    // Material-cooperation blocks (06x) hold many general verbs (increase, manage): only
    // verbs carrying their own code count there.
    if (!verb[2] && blockCode && /^(050|06)/.test(blockCode)) continue;
    let code = (verb[2] ?? blockCode ?? '---').replace(/-+$/, '');
    code = code.includes(':') ? (code.split(':').find((c) => c) ?? '') : code;
    if (!/^\d+$/.test(code)) continue;
    const lemma = verb[1].toLowerCase().replace(/_+$/, '').replace(/_/g, ' ');
    if (!verbs.has(lemma)) verbs.set(lemma, code);
  }
  return verbs;
}

const frames = {};
for (const [lemma, list] of Object.entries(CUES)) {
  frames[lemma] = list.map((f) => ({ ...f, src: 'table' }));
}
let fromCameo = 0;
for (const [lemma, code] of parseCameo(readFileSync(cameoPath, 'utf8'))) {
  if (lemma in frames || SKIP.has(lemma) || SKIP.has(lemma.split(' ')[0])) continue;
  if (/ (and|or|in)$| and /.test(lemma)) continue; // coding artefacts ("killed and")
  const type = codeType(code);
  if (!type) continue;
  const frame = { type, src: `cameo:${code}` };
  if (type === 'COOPERATES_WITH' || type === 'MEETS') frame.prep = 'with';
  if (type === 'SUPPLIES') frame.prep = 'to';
  frames[lemma] = [frame];
  fromCameo++;
}

const sorted = Object.fromEntries(Object.entries(frames).sort(([a], [b]) => a.localeCompare(b)));
const out = {
  header: {
    description:
      'Verb lemma (or phrasal verb, words joined by spaces) -> relation frames. A frame names the relation type, ' +
      'the preposition that introduces the object (none: the direct object), and when the direct object decides ' +
      'the type, whether it must be personnel or a thing. "reverse": the prepositional object is the subject ' +
      '(bought X from Y: Y SUPPLIES the buyer). "weak" frames get lower confidence. "src" names the source.',
    sources: [
      'table: cue words of the relation type table in ../shared/eval/README.md (project-written)',
      'cameo:CODE: PETRARCH2 CAMEO.2.0 verb dictionary (openeventdata/petrarch2, MIT, (c) 2015 Open Event Data Alliance), verb synset -> CAMEO event code, mapped by code family in scripts/build-verb-frames.mjs',
    ],
    generatedBy: 'node scripts/build-verb-frames.mjs',
    counts: { table: Object.keys(CUES).length, cameo: fromCameo },
  },
  frames: sorted,
};
writeFileSync(outPath, JSON.stringify(out, null, 2) + '\n');
console.log(`verb-frames.json: ${Object.keys(sorted).length} lemmas (${fromCameo} from CAMEO)`);
