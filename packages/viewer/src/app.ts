/**
 * The explorer: builds the page, loads the graph, draws it at once and lays it out afterwards,
 * then wires search, filters, paths, expansion, ingest, live updates, export and the URL state.
 */
import type { ApiGraph, EntityType } from '@kg/schema';
import { api } from './api.js';
import { createDetailsPanel } from './details.js';
import { el, replaceChildren } from './dom.js';
import { createExportMenu } from './export-menu.js';
import { createFilterPanel, isFiltered } from './filters.js';
import {
  buildGraph,
  createRenderer,
  Highlighter,
  MAX_PICKABLE_EDGES,
  mergeGraph,
  type Renderer,
  type ViewGraph,
} from './graph-view.js';
import { createIngestPanel } from './ingest.js';
import { removeOverlaps, runForceAtlas2 } from './layout.js';
import { createLegend } from './legend.js';
import { subscribeToChanges } from './live.js';
import { createPathFinder } from './path-finder.js';
import { createCombobox } from './search.js';
import { formatViewState, parseViewState, type ViewState } from './url-state.js';

/** What tests and the benchmark can reach: `await window.__kg.ready` waits for the first frame. */
export interface KgHandle {
  ready: Promise<void>;
  layoutDone: Promise<void>;
  renderer?: Renderer;
  graph?: ViewGraph;
}

declare global {
  interface Window {
    __kg?: KgHandle;
  }
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

function section(title: string, testid: string, body: HTMLElement, open = false): HTMLElement {
  return el(
    'details',
    { className: 'panel', testid, attrs: { open } },
    el('summary', { text: title }),
    body,
  );
}

export async function startApp(root: HTMLElement): Promise<void> {
  const ready = deferred();
  const layoutDone = deferred();
  const handle: KgHandle = { ready: ready.promise, layoutDone: layoutDone.promise };
  window.__kg = handle;
  const html = document.documentElement;

  let state: ViewState = parseViewState(location.hash);
  // Filled once the graph has loaded; the panels are built before and read it through here.
  const view: { renderer?: Renderer; graph?: ViewGraph; highlighter?: Highlighter } = {};
  let initialLayoutDone = false;
  let lastHash = '';

  // --- Page shell -------------------------------------------------------------------------
  const status = el('div', {
    className: 'status',
    testid: 'status',
    attrs: { role: 'status', 'aria-live': 'polite' },
  });
  const notify = (message: string, kind: 'info' | 'error' = 'info'): void => {
    replaceChildren(status, el('span', { className: kind, text: message }));
    status.dataset.kind = kind;
  };
  const counts = el('span', { className: 'counts', testid: 'counts' });
  const container = el('div', {
    className: 'graph',
    testid: 'graph',
    attrs: { 'aria-label': 'Knowledge graph' },
  });

  const writeHash = (): void => {
    const camera = view.renderer?.getCamera().getState();
    state.camera = camera ? { x: camera.x, y: camera.y, ratio: camera.ratio } : state.camera;
    lastHash = formatViewState(state);
    history.replaceState(null, '', lastHash ? `#${lastHash}` : location.pathname + location.search);
  };

  const details = createDetailsPanel({
    selectNode: (id) => void selectNode(id),
    expand: (id) => void expand(id),
    pathFrom: (id, label) => {
      pathSection.setAttribute('open', '');
      void pathFinder.setEnds({ id, label });
    },
    close: () => clearSelection(),
  });
  const search = createCombobox({
    name: 'search',
    label: 'Search entities',
    placeholder: 'Search entities and aliases…  ( / )',
    onSelect: (result) => void selectNode(result.id),
  });
  const filters = createFilterPanel((next) => {
    state.filters = next;
    writeHash();
    enqueue(reload);
  });
  const pathFinder = createPathFinder({
    highlight: (nodes, edges) => view.highlighter?.setPath(nodes, edges),
    changed: (ends) => {
      state.path = ends;
      writeHash();
    },
    selectNode: (id) => void selectNode(id),
  });
  const legend = createLegend();
  const pathSection = section('Path finder', 'panel-paths', pathFinder.element);

  replaceChildren(
    root,
    el(
      'header',
      { className: 'topbar' },
      el('h1', { text: 'kg explorer' }),
      search.element,
      counts,
      createExportMenu(
        () => view.renderer,
        () => state.filters,
      ),
    ),
    el(
      'nav',
      { className: 'sidebar', attrs: { 'aria-label': 'Tools' } },
      section('Legend', 'panel-legend', legend.element, true),
      section('Filters', 'panel-filters', filters.element),
      pathSection,
      section(
        'Add text',
        'panel-ingest',
        createIngestPanel(() => enqueue(reload)),
      ),
    ),
    container,
    details.element,
    status,
  );
  filters.set(state.filters);

  // --- Graph updates ----------------------------------------------------------------------
  let queue = Promise.resolve();
  const enqueue = (task: () => Promise<void>): void => {
    queue = queue.then(task).catch((error: unknown) => notify((error as Error).message, 'error'));
  };

  const showCounts = (data?: ApiGraph): void => {
    const { graph } = view;
    if (!graph) return;
    const total = data?.attributes.totalNodes;
    const suffix = total !== undefined && total > graph.order ? ` (of ${total})` : '';
    counts.textContent = `${graph.order} entities · ${graph.size} relations${suffix}`;
    html.dataset.nodes = String(graph.order);
    html.dataset.edges = String(graph.size);
    const byType = new Map<EntityType, number>();
    graph.forEachNode((_k, attrs) => byType.set(attrs.type, (byType.get(attrs.type) ?? 0) + 1));
    legend.update(byType);
  };

  const layoutLocally = (added: Set<string>): void => {
    const { graph } = view;
    if (!graph || added.size === 0 || !initialLayoutDone) return;
    const run = runForceAtlas2(graph, { movable: added, maxMs: 700 });
    void run.done.then(() => view.renderer?.refresh());
  };

  const merge = (parts: ApiGraph[], prune: boolean): void => {
    if (!view.graph) return;
    const added = mergeGraph(view.graph, parts, prune);
    view.highlighter?.reapply();
    showCounts(parts[0]);
    layoutLocally(added);
  };

  /** Fetches the filtered graph and every expanded neighbourhood, and shows exactly those. */
  async function reload(): Promise<void> {
    const parts = [await api.graph(state.filters)];
    for (const id of state.expanded) parts.push(await api.neighbors(id, 1));
    merge(parts, true);
  }

  async function expand(id: string): Promise<void> {
    const data = await api.neighbors(id, 1);
    if (!state.expanded.includes(id)) state.expanded.push(id);
    merge([data], false);
    writeHash();
    notify(
      `Expanded ${view.graph?.getNodeAttribute(id, 'label') ?? id}: ${data.nodes.length} entities around it.`,
    );
  }

  async function selectNode(id: string): Promise<void> {
    const { renderer, graph, highlighter } = view;
    if (!renderer || !graph || !highlighter) return;
    // An entity hidden by the filters is brought in with its neighbourhood.
    if (!graph.hasNode(id)) {
      try {
        await expand(id);
      } catch (error) {
        notify(`Cannot show “${id}”: ${(error as Error).message}`, 'error');
        return;
      }
    }
    state.selectedNode = id;
    state.selectedEdge = undefined;
    highlighter.selectEdge(undefined);
    highlighter.select(id);
    html.dataset.selected = id;
    void details.showEntity(id);
    const position = renderer.getNodeDisplayData(id);
    if (position) {
      const camera = renderer.getCamera();
      void camera.animate(
        { x: position.x, y: position.y, ratio: Math.min(camera.ratio, 0.8) },
        { duration: 400 },
      );
    }
    writeHash();
  }

  function selectEdge(key: string): void {
    const { highlighter } = view;
    if (!highlighter) return;
    state.selectedEdge = key;
    state.selectedNode = undefined;
    highlighter.select(undefined);
    highlighter.selectEdge(key);
    delete html.dataset.selected;
    void details.showRelation(key);
    writeHash();
  }

  function clearSelection(): void {
    state.selectedNode = undefined;
    state.selectedEdge = undefined;
    view.highlighter?.select(undefined);
    view.highlighter?.selectEdge(undefined);
    delete html.dataset.selected;
    details.clear();
    writeHash();
  }

  // --- First load -------------------------------------------------------------------------
  let data: ApiGraph;
  try {
    data = await api.graph(state.filters);
  } catch (error) {
    replaceChildren(
      container,
      el('p', {
        className: 'error',
        testid: 'graph-error',
        text: `Could not load the graph: ${(error as Error).message}`,
      }),
    );
    html.dataset.ready = 'error';
    ready.resolve();
    return;
  }
  performance.mark('kg:graph-loaded');
  const graph = buildGraph(data);
  performance.mark('kg:graph-built');
  const renderer = createRenderer(graph, container);
  const highlighter = new Highlighter(renderer, graph);
  Object.assign(view, { graph, renderer, highlighter });
  handle.graph = graph;
  handle.renderer = renderer;
  // Sigma draws its first frame inside the constructor, so the graph is on screen now.
  performance.mark('kg:first-render');
  html.dataset.ready = 'true';
  ready.resolve();
  showCounts(data);
  if (graph.order === 0) {
    notify('The graph is empty: add a text with “Add text”.');
  } else if (isFiltered(state.filters)) {
    notify('Filters are active (see Filters).');
  }
  if (state.camera) renderer.getCamera().setState(state.camera);

  // Lay out after the first frame; the budget grows with the graph.
  html.dataset.layout = 'running';
  const startLayout = (): void => {
    const layout = runForceAtlas2(graph, { maxMs: Math.min(12_000, 3_000 + graph.order * 2) });
    void layout.done.then(() => {
      // Spreading nodes makes sigma zoom out to fit them, which shrinks the room just made:
      // a second pass at the new scale settles it.
      for (let pass = 0; pass < 2; pass++) {
        renderer.refresh();
        const a = renderer.viewportToGraph({ x: 0, y: 0 });
        const b = renderer.viewportToGraph({ x: 100, y: 0 });
        const unitsPerPixel = Math.hypot(b.x - a.x, b.y - a.y) / 100 / renderer.getCamera().ratio;
        removeOverlaps(graph, unitsPerPixel);
      }
      renderer.refresh();
      initialLayoutDone = true;
      html.dataset.layout = 'done';
      layoutDone.resolve();
    });
  };
  // Two frames later the first frame is on screen: only then pay for edge picking and layout.
  requestAnimationFrame(() =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (graph.size <= MAX_PICKABLE_EDGES) renderer.setSetting('enableEdgeEvents', true);
        startLayout();
      }),
    ),
  );

  // --- Interaction ------------------------------------------------------------------------
  renderer.on('enterNode', ({ node }) => highlighter.hover(node));
  renderer.on('leaveNode', () => highlighter.hover(undefined));
  renderer.on('clickNode', ({ node }) => void selectNode(node));
  renderer.on('clickEdge', ({ edge }) => selectEdge(edge));
  renderer.on('clickStage', () => clearSelection());
  let cameraTimer: ReturnType<typeof setTimeout> | undefined;
  renderer.getCamera().on('updated', () => {
    clearTimeout(cameraTimer);
    cameraTimer = setTimeout(writeHash, 400);
  });

  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = target?.closest('input, textarea, select') !== null && target !== null;
    if (event.key === '/' && !typing) {
      event.preventDefault();
      search.input.focus();
    } else if (event.key === 'Escape' && !typing) {
      clearSelection();
    }
  });
  window.addEventListener('hashchange', () => {
    if (location.hash.replace(/^#/, '') === lastHash) return;
    const next = parseViewState(location.hash);
    const filtersChanged =
      formatViewState({ ...next, camera: undefined }) !==
      formatViewState({ ...state, camera: undefined });
    state = next;
    filters.set(state.filters);
    if (filtersChanged) enqueue(reload);
    if (state.selectedNode) void selectNode(state.selectedNode);
    if (state.camera) renderer.getCamera().setState(state.camera);
  });

  subscribeToChanges((change) => {
    notify(`Graph updated: +${change.nodesAdded} entities, +${change.edgesAdded} relations.`);
    enqueue(reload);
  });

  // --- Restore the shared view ------------------------------------------------------------
  for (const id of state.expanded)
    enqueue(() => api.neighbors(id, 1).then((d) => merge([d], false)));
  enqueue(async () => {
    if (state.selectedNode) await selectNode(state.selectedNode);
    else if (state.selectedEdge && graph.hasEdge(state.selectedEdge))
      selectEdge(state.selectedEdge);
    if (state.path) {
      pathSection.setAttribute('open', '');
      const label = (id: string): string =>
        graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id;
      await pathFinder.setEnds(
        { id: state.path.from, label: label(state.path.from) },
        { id: state.path.to, label: label(state.path.to) },
      );
    }
  });
}
