/**
 * The points of the compass, as words: "north", "south-east", "northwest". Shared by the passes
 * that read a direction before a place ("40 miles north of Bergen", "North Lemuria").
 */
export const COMPASS_POINTS: readonly string[] = [
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'north-east',
  'north-west',
  'south-east',
  'south-west',
];
