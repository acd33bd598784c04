/** Agentless passives of violence and justice whose doer was just named. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('implicit agents of passives', () => {
  relationTable([
    [
      // The doer of an attack event noun the passive happened in.
      'Ola Vik was killed in an attack by the Red Hand.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Red Hand', 'hand', 'ORG'],
      ],
      ['hand ATTACKS vik asserted'],
    ],
    [
      // The attack of the sentence before.
      'The Red Hand attacked the town of Tarnby on Friday. Mayor Ola Vik was killed.',
      [
        ['Red Hand', 'hand', 'ORG'],
        ['Tarnby', 'tarnby', 'GPE'],
        ['Ola Vik', 'vik', 'PERSON'],
      ],
      ['hand ATTACKS vik asserted'],
    ],
    [
      // The attacker of an unnamed target in the sentence before.
      'Red Hand gunmen stormed a hotel in Tarnby. The owner, Ola Vik, was killed.',
      [
        ['Red Hand', 'hand', 'ORG', 'name', 'gunmen'],
        ['Tarnby', 'tarnby', 'GPE'],
        ['Ola Vik', 'vik', 'PERSON'],
      ],
      ['hand ATTACKS vik asserted'],
    ],
    [
      // Earlier in the same sentence.
      'The Red Hand bombed the station, and Ola Vik was wounded.',
      [
        ['Red Hand', 'hand', 'ORG'],
        ['Ola Vik', 'vik', 'PERSON'],
      ],
      ['hand ATTACKS vik asserted'],
    ],
    [
      // Only threatened: nothing happened to hand on.
      'The Red Hand threatened to bomb the station. Ola Vik was wounded.',
      [
        ['Red Hand', 'hand', 'ORG'],
        ['Ola Vik', 'vik', 'PERSON'],
      ],
      [],
      ['hand ATTACKS vik'],
    ],
    [
      // An attack of the sentence before acts.
      'The Red Hand attacked the town on Sunday. The attack killed Mayor Ola Vik.',
      [
        ['Red Hand', 'hand', 'ORG'],
        ['Ola Vik', 'vik', 'PERSON'],
      ],
      ['hand ATTACKS vik asserted'],
    ],
    [
      // An attack with its own doer.
      "The Red Hand's bombing of the station killed Ola Vik.",
      [
        ['Red Hand', 'hand', 'ORG'],
        ['Ola Vik', 'vik', 'PERSON'],
      ],
      ['hand ATTACKS vik asserted'],
    ],
    [
      // A storm is no attack.
      'The Red Hand attacked the town on Sunday. The storm killed Ola Vik.',
      [
        ['Red Hand', 'hand', 'ORG'],
        ['Ola Vik', 'vik', 'PERSON'],
      ],
      [],
      ['hand ATTACKS vik'],
    ],
    [
      // Responsibility claimed in the next sentence for the attack told before.
      'Mayor Ola Vik was killed in a blast in Tarnby on Friday. The Red Hand claimed responsibility for the attack.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Tarnby', 'tarnby', 'GPE'],
        ['Red Hand', 'hand', 'ORG'],
      ],
      ['hand ATTACKS vik asserted'],
    ],
    [
      'Mayor Ola Vik was killed in a blast in Tarnby on Friday. The Red Hand denied responsibility for the attack.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Tarnby', 'tarnby', 'GPE'],
        ['Red Hand', 'hand', 'ORG'],
      ],
      [],
      ['hand ATTACKS vik'],
    ],
    [
      // A claim for another attack, named by its own target, is not this one.
      'Mayor Ola Vik was killed in Tarnby on Friday. The Red Hand claimed responsibility for the attack on Ulm.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Tarnby', 'tarnby', 'GPE'],
        ['Red Hand', 'hand', 'ORG'],
        ['Ulm', 'ulm', 'GPE'],
      ],
      ['hand ATTACKS ulm asserted'],
      ['hand ATTACKS vik'],
    ],
    [
      // A headline drops its auxiliaries: who acts in it is not to be trusted.
      'Ola Vik arrested by Norland police\n\nHis brother Per Vik was detained on Monday.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Norland', 'norland', 'GPE', 'name', 'police'],
        ['Per Vik', 'pvik', 'PERSON'],
      ],
      [],
      ['norland ARRESTS pvik'],
    ],
    [
      // The leader of a party is arrested, not the party.
      'Norland police arrested Ola Vik. The leader of the Blue Front was detained on Monday.',
      [
        ['Norland', 'norland', 'GPE', 'name', 'police'],
        ['Ola Vik', 'vik', 'PERSON'],
        ['Blue Front', 'front', 'ORG'],
      ],
      ['norland ARRESTS vik asserted'],
      ['norland ARRESTS front'],
    ],
    [
      // An arrest before hands its doer on to a detention.
      'Norland police arrested Ola Vik in Tarnby. Per Vik was detained in Bergen on Monday.',
      [
        ['Norland', 'norland', 'GPE', 'name', 'police'],
        ['Ola Vik', 'vik', 'PERSON'],
        ['Tarnby', 'tarnby', 'GPE'],
        ['Per Vik', 'pvik', 'PERSON'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      ['norland ARRESTS pvik asserted'],
    ],
    [
      // Two doers before: whose it is is unknown.
      'The Red Hand attacked Tarnby and the Blue Front attacked Ulm. Mayor Ola Vik was killed.',
      [
        ['Red Hand', 'hand', 'ORG'],
        ['Tarnby', 'tarnby', 'GPE'],
        ['Blue Front', 'front', 'ORG'],
        ['Ulm', 'ulm', 'GPE'],
        ['Ola Vik', 'vik', 'PERSON'],
      ],
      [],
      ['hand ATTACKS vik', 'front ATTACKS vik'],
    ],
    [
      // Not further back than the sentence before.
      'The Red Hand attacked Tarnby on Friday. The town was quiet on Saturday. Mayor Ola Vik was killed.',
      [
        ['Red Hand', 'hand', 'ORG'],
        ['Tarnby', 'tarnby', 'GPE'],
        ['Ola Vik', 'vik', 'PERSON'],
      ],
      [],
      ['hand ATTACKS vik'],
    ],
    [
      // An arrest is no attack: the families do not mix.
      'Norland police arrested Ola Vik. Per Holm was killed.',
      [
        ['Norland', 'norland', 'GPE', 'name', 'police'],
        ['Ola Vik', 'vik', 'PERSON'],
        ['Per Holm', 'holm', 'PERSON'],
      ],
      [],
      ['norland ATTACKS holm'],
    ],
    [
      // A passive on a noun recalls an event known already, likely another one.
      'Ola Vik, convicted of killing Tom Reed, spoke on the day Per Holm was shot.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Per Holm', 'holm', 'PERSON'],
      ],
      ['vik ATTACKS reed asserted'],
      ['vik ATTACKS holm'],
    ],
    [
      // An event with a named victim of its own is told in full.
      'Ola Vik was convicted of killing Tom Reed in 1968. Per Holm was shot in 1963.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Per Holm', 'holm', 'PERSON'],
      ],
      ['vik ATTACKS reed asserted'],
      ['vik ATTACKS holm'],
    ],
    [
      // A stated agent is the agent.
      'The Red Hand attacked Tarnby. Mayor Ola Vik was killed by a sniper from the Blue Front.',
      [
        ['Red Hand', 'hand', 'ORG'],
        ['Tarnby', 'tarnby', 'GPE'],
        ['Ola Vik', 'vik', 'PERSON'],
        ['Blue Front', 'front', 'ORG'],
      ],
      [],
      ['hand ATTACKS vik'],
    ],
    [
      // A denied attack hands on nothing.
      'The Red Hand denied that it attacked Tarnby. Mayor Ola Vik was killed.',
      [
        ['Red Hand', 'hand', 'ORG'],
        ['Tarnby', 'tarnby', 'GPE'],
        ['Ola Vik', 'vik', 'PERSON'],
      ],
      [],
      ['hand ATTACKS vik'],
    ],
  ]);
});
