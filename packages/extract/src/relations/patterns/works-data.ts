/**
 * The words of works and their makers (data/works.json), read once per process: what the work,
 * owned-work, cast and award passes share.
 */
import { readData } from '../../lexicon.js';

interface WorkData {
  workNouns: string[];
  authoredNouns: string[];
  authorVerbs: string[];
  releaseVerbs: string[];
  actingCategories: string[];
  makingCategories: string[];
  makerRoles: string[];
  performerRoles: string[];
  presenterRoles: string[];
}

export interface Works {
  nouns: Set<string>;
  authored: Set<string>;
  authorVerbs: Set<string>;
  releaseVerbs: Set<string>;
  /** Last words of award categories whose nominee stars in the work ("best actress"). */
  acting: Set<string>;
  /** Last words of award categories whose nominee made the work ("best director"). */
  making: Set<string>;
  /** Role nouns whose holder made the work they qualify ("Night Harbour director Kari Lund"). */
  makers: Set<string>;
  /** Part nouns whose holder stars in the work that qualifies them ("Night Ferry star Sam Hale"). */
  performers: Set<string>;
  /** Part nouns whose holder presents the show that qualifies them ("Quiz Night host Ann Holt"). */
  presenters: Set<string>;
}

let loaded: Works | undefined;

export function works(): Works {
  if (loaded) return loaded;
  const d = readData<WorkData>('works.json');
  loaded = {
    nouns: new Set(d.workNouns),
    authored: new Set(d.authoredNouns),
    authorVerbs: new Set(d.authorVerbs),
    releaseVerbs: new Set(d.releaseVerbs),
    acting: new Set(d.actingCategories),
    making: new Set(d.makingCategories),
    makers: new Set(d.makerRoles),
    performers: new Set(d.performerRoles),
    presenters: new Set(d.presenterRoles),
  };
  return loaded;
}
