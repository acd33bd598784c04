/**
 * The shareable part of the view, kept in the URL hash: selection, filters, camera, path and
 * expanded entities. `#sel=gpe:iran&types=GPE,ORG&cam=0.5,0.5,1` opens the same view elsewhere.
 */
import type { EntityType, Modality, RelationType } from '@kg/schema';
import { emptyFilters, type GraphFilters } from './filters.js';
import { ENTITY_TYPE_LIST, MODALITY_LIST, RELATION_TYPE_LIST } from './palette.js';

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

export interface ViewState {
  selectedNode?: string;
  selectedEdge?: string;
  filters: GraphFilters;
  camera?: CameraView;
  path?: { from: string; to: string };
  expanded: string[];
  /** Node colours: by entity type (default) or by community. */
  colorBy?: 'type' | 'community';
}

function list<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  if (!value) return [];
  return value
    .split(',')
    .filter((item): item is T => (allowed as readonly string[]).includes(item));
}

function positive(value: string | null): number | undefined {
  const n = Number(value);
  return value && Number.isFinite(n) && n > 0 ? n : undefined;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Parses a location hash; unknown or malformed parts are ignored. */
export function parseViewState(hash: string): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const filters: GraphFilters = {
    ...emptyFilters(),
    types: list<EntityType>(params.get('types'), ENTITY_TYPE_LIST),
    predicates: list<RelationType>(params.get('predicates'), RELATION_TYPE_LIST),
    modalities: list<Modality>(params.get('modalities'), MODALITY_LIST),
    minWeight: positive(params.get('minWeight')) ?? 0,
    top: positive(params.get('top')),
  };
  if (params.get('isolated') === '1') filters.isolated = true;
  const from = params.get('from');
  const to = params.get('to');
  if (from && DATE.test(from)) filters.from = from;
  if (to && DATE.test(to)) filters.to = to;

  const state: ViewState = { filters, expanded: [] };
  const sel = params.get('sel');
  if (sel) state.selectedNode = sel;
  const edge = params.get('edge');
  if (edge) state.selectedEdge = edge;
  const cam = (params.get('cam') ?? '').split(',').map(Number);
  if (cam.length === 3 && cam.every(Number.isFinite) && (cam[2] ?? 0) > 0) {
    state.camera = { x: cam[0] ?? 0.5, y: cam[1] ?? 0.5, ratio: cam[2] ?? 1 };
  }
  const pathFrom = params.get('pathFrom');
  const pathTo = params.get('pathTo');
  if (pathFrom && pathTo) state.path = { from: pathFrom, to: pathTo };
  const expanded = params.get('expand');
  if (expanded) state.expanded = expanded.split(',').filter(Boolean);
  if (params.get('color') === 'community') state.colorBy = 'community';
  return state;
}

/** Serialises a view state into a hash (without the leading `#`). */
export function formatViewState(state: ViewState): string {
  const params = new URLSearchParams();
  const { filters } = state;
  if (state.selectedNode) params.set('sel', state.selectedNode);
  if (state.selectedEdge) params.set('edge', state.selectedEdge);
  if (filters.types.length) params.set('types', filters.types.join(','));
  if (filters.predicates.length) params.set('predicates', filters.predicates.join(','));
  if (filters.modalities.length) params.set('modalities', filters.modalities.join(','));
  if (filters.minWeight > 0) params.set('minWeight', String(filters.minWeight));
  if (filters.top) params.set('top', String(filters.top));
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.isolated) params.set('isolated', '1');
  if (state.path) {
    params.set('pathFrom', state.path.from);
    params.set('pathTo', state.path.to);
  }
  if (state.expanded.length) params.set('expand', state.expanded.join(','));
  if (state.colorBy === 'community') params.set('color', 'community');
  if (state.camera) {
    const { x, y, ratio } = state.camera;
    params.set('cam', [x, y, ratio].map((n) => n.toFixed(4)).join(','));
  }
  return params.toString();
}
