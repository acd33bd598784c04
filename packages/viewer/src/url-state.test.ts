/** The URL hash round-trips the shareable view and ignores what it does not understand. */
import { describe, expect, it } from 'vitest';
import { emptyFilters } from './filters.js';
import { formatViewState, parseViewState, type ViewState } from './url-state.js';

const full: ViewState = {
  selectedNode: 'gpe:iran',
  filters: {
    types: ['GPE', 'ORG'],
    predicates: ['SUPPLIES'],
    modalities: ['alleged'],
    minWeight: 2,
    top: 50,
    from: '2022-10-01',
    to: '2022-12-31',
    isolated: true,
  },
  camera: { x: 0.25, y: 0.75, ratio: 0.5 },
  path: { from: 'org:irgc', to: 'gpe:ukraine' },
  expanded: ['gpe:russia'],
  colorBy: 'community',
};

describe('view state in the URL hash', () => {
  it('round-trips every field', () => {
    expect(parseViewState(`#${formatViewState(full)}`)).toEqual(full);
  });

  it.each<[string, Partial<ViewState['filters']>]>([
    ['types=GPE,NOPE', { types: ['GPE'] }],
    ['predicates=ATTACKS,<script>', { predicates: ['ATTACKS'] }],
    ['minWeight=-3', { minWeight: 0 }],
    ['top=abc', { top: undefined }],
    ['from=yesterday', { from: undefined }],
  ])('drops invalid parts of %s', (hash, expected) => {
    expect(parseViewState(hash).filters).toEqual({ ...emptyFilters(), ...expected });
  });

  it('ignores a malformed camera', () => {
    expect(parseViewState('cam=1,2').camera).toBeUndefined();
    expect(parseViewState('cam=0.5,0.5,0').camera).toBeUndefined();
  });

  it('writes nothing for the default view', () => {
    expect(formatViewState(parseViewState(''))).toBe('');
  });
});
