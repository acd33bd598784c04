/**
 * The explorer: builds the page, draws the server's laid-out view at once, and wires search,
 * filters, timeline, paths, expansion, ingest, live updates, camera, export and the URL state.
 * Each panel is its own module; this file only connects them (`panels` below is where a new
 * side panel goes).
 */
import type { ApiGraph, PathsResponse } from '@kg/schema';
import { api } from './api.js';
import { createCameraControls, fitNodes, fitState, takeNewSize } from './camera.js';
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
  showFullScene,
  type Renderer,
  type ViewGraph,
} from './graph-view.js';
import type { CurationHandlers } from './curation.js';
import { createCurationHistory } from './curation.js';
import { createDocumentsPanel } from './documents.js';
import { setEvidenceOpener } from './evidence.js';
import { createReader } from './reader.js';
import { createLabelPlacer, type LabelPlacer } from './labels.js';
import { clearNewLabels, removeOverlaps, runForceAtlas2 } from './layout.js';
import { createLegend } from './legend.js';
import { subscribeToChanges } from './live.js';
import { createPathFinder } from './path-finder.js';
import { createCombobox } from './search.js';
import { createTimeline } from './timeline.js';
import { formatViewState, parseViewState, type ViewState } from './url-state.js';
import { shownOf } from './words.js';

/** What tests and the benchmark can reach: `await window.__kg.ready` waits for the first frame. */
export interface KgHandle {
  ready: Promise<void>;
  layoutDone: Promise<void>;
  /** The full scene (shapes, arrows, dashes, label plates) replaced the first frame's. */
  fullScene: Promise<void>;
  renderer?: Renderer;
  graph?: ViewGraph;
  labels?: LabelPlacer;
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

/** A side panel whose content is fetched each time it is opened. */
function lazySection(
  title: string,
  testid: string,
  body: HTMLElement,
  refresh: () => Promise<void>,
): HTMLElement {
  const panel = section(title, testid, body);
  panel.addEventListener('toggle', () => {
    if ((panel as HTMLDetailsElement).open) void refresh();
  });
  return panel;
}

/** Client-side layout budget when the server sent no positions (views past its limit). */
const CLIENT_LAYOUT_MS = 3_000;

/** A path answer as a graph part, so its entities and hops can join the view. */
function pathPart(response: PathsResponse): ApiGraph {
  const weight = new Map<string, number>();
  const edges = new Map<string, ApiGraph['edges'][number]>();
  for (const path of response.paths) {
    for (const hop of path.hops) {
      weight.set(hop.source, (weight.get(hop.source) ?? 0) + hop.weight);
      weight.set(hop.target, (weight.get(hop.target) ?? 0) + hop.weight);
      edges.set(hop.key, {
        key: hop.key,
        source: hop.source,
        target: hop.target,
        attributes: {
          predicate: hop.predicate,
          ...(hop.label === undefined ? {} : { label: hop.label }),
          weight: hop.weight,
          modality: hop.modality,
          firstSeen: '',
          lastSeen: '',
          evidenceCount: hop.weight,
        },
      });
    }
  }
  return {
    attributes: { totalNodes: 0, totalEdges: 0, truncated: true },
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    nodes: Object.entries(response.entities).map(([key, entity]) => ({
      key,
      attributes: {
        label: entity.label,
        type: entity.type,
        aliases: [],
        mentionCount: 0,
        documentCount: 0,
        firstSeen: '',
        lastSeen: '',
        weightedDegree: weight.get(key) ?? 1,
      },
    })),
    edges: [...edges.values()],
  };
}

export async function startApp(root: HTMLElement): Promise<void> {
  performance.mark('kg:start');
  const ready = deferred();
  const layoutDone = deferred();
  const fullScene = deferred();
  const handle: KgHandle = {
    ready: ready.promise,
    layoutDone: layoutDone.promise,
    fullScene: fullScene.promise,
  };
  window.__kg = handle;
  const html = document.documentElement;

  let state: ViewState = parseViewState(location.hash);
  // The first view is asked for before the page is built: its answer is on the way while the
  // panels are made (index.html preloads the unfiltered view, which this request then reuses).
  const firstGraph = api.graph(state.filters);
  // Filled once the graph has loaded; the panels are built before and read it through here.
  const view: {
    renderer?: Renderer;
    graph?: ViewGraph;
    highlighter?: Highlighter;
    labels?: LabelPlacer;
    /** The first view's camera, for "reset". */
    home?: { x: number; y: number; ratio: number; angle: number };
    /** Entities and hops of the current paths (kept through reloads). */
    path?: ApiGraph;
    totals?: ApiGraph['attributes'];
    /** The store version of the graph on screen (see the events stream's `hello`). */
    storeVersion?: number;
  } = {};
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
  const canvas = el('div', {
    className: 'graph-canvas',
    testid: 'graph',
    attrs: { 'aria-label': 'Knowledge graph' },
  });

  const writeHash = (): void => {
    const camera = view.renderer?.getCamera().getState();
    state.camera = camera ? { x: camera.x, y: camera.y, ratio: camera.ratio } : state.camera;
    lastHash = formatViewState(state);
    history.replaceState(null, '', lastHash ? `#${lastHash}` : location.pathname + location.search);
  };

  const unitNow = (): number => view.renderer?.getCamera().ratio ?? 1;

  const curationHandlers: CurationHandlers = {
    curated: (key) => {
      enqueue(async () => {
        await reload();
        if (key && view.graph?.hasNode(key)) await selectNode(key);
        else if (state.selectedNode && !view.graph?.hasNode(state.selectedNode)) clearSelection();
        else if (state.selectedNode) void details.showEntity(state.selectedNode);
        else if (state.selectedEdge) {
          if (view.graph?.hasEdge(state.selectedEdge)) selectEdge(state.selectedEdge);
          else clearSelection();
        }
      });
      void curationHistory.refresh();
      void documents.refresh();
    },
    notify: (message, kind) => notify(message, kind ?? 'info'),
  };
  const details = createDetailsPanel({
    selectNode: (id) => void selectNode(id),
    expand: (id) => void expand(id),
    pathFrom: (id, label) => {
      pathSection.setAttribute('open', '');
      void pathFinder.setEnds({ id, label });
    },
    close: () => clearSelection(),
    curation: curationHandlers,
  });
  const curationHistory = createCurationHistory(curationHandlers);
  const reader = createReader({
    selectNode: (id) => void selectNode(id),
    selectEdge: (key) => {
      if (view.graph?.hasEdge(key)) selectEdge(key);
      else void details.showRelation(key);
    },
  });
  setEvidenceOpener((evidence) => void reader.open(evidence.docId, evidence.start));
  const documents = createDocumentsPanel({
    changed: () => enqueue(reload),
    read: (docId) => void reader.open(docId),
  });
  const search = createCombobox({
    name: 'search',
    label: 'Search entities',
    placeholder: 'Search entities and aliases…  ( / )',
    onSelect: (result) => void selectNode(result.id),
  });
  const filters = createFilterPanel((next) => {
    const timelineChanged =
      next.types.join() !== state.filters.types.join() ||
      next.predicates.join() !== state.filters.predicates.join() ||
      next.modalities.join() !== state.filters.modalities.join();
    state.filters = next;
    timeline.setRange({ from: next.from, to: next.to });
    writeHash();
    enqueue(reload);
    if (timelineChanged) void refreshTimeline();
  });
  const timeline = createTimeline((range) => {
    const { from: _f, to: _t, ...rest } = state.filters;
    state.filters = {
      ...rest,
      ...(range.from ? { from: range.from } : {}),
      ...(range.to ? { to: range.to } : {}),
    };
    filters.set(state.filters);
    timeline.setRange(range);
    writeHash();
    enqueue(reload);
  });
  const pathFinder = createPathFinder({
    found: (response) => showPaths(response),
    changed: (ends) => {
      state.path = ends;
      writeHash();
    },
    selectNode: (id) => void selectNode(id),
  });
  const legend = createLegend((byCommunity) => {
    state.colorBy = byCommunity ? 'community' : 'type';
    view.renderer?.setGraphState({ byCommunity });
    legend.update(view.graph, byCommunity);
    writeHash();
  });
  const pathSection = section('Path finder', 'panel-paths', pathFinder.element);
  const controls = createCameraControls(
    () => view.renderer,
    () => {
      if (view.home) void view.renderer?.getCamera().animate(view.home, { duration: 400 });
    },
  );

  // Side panels, top to bottom. Another panel is one more entry here.
  const panels: HTMLElement[] = [
    section('Legend', 'panel-legend', legend.element, true),
    section('Filters', 'panel-filters', filters.element),
    pathSection,
    lazySection('Documents', 'panel-documents', documents.element, documents.refresh),
    lazySection('Curation', 'panel-curation', curationHistory.element, curationHistory.refresh),
  ];

  replaceChildren(
    root,
    el(
      'header',
      { className: 'topbar' },
      el('h1', { text: 'kg explorer' }),
      search.element,
      counts,
      createExportMenu({
        renderer: () => view.renderer,
        filters: () => state.filters,
        legend: () => legend.snapshot(),
      }),
    ),
    el('nav', { className: 'sidebar', attrs: { 'aria-label': 'Tools' } }, ...panels),
    el('main', { className: 'graph' }, canvas, controls.element, timeline.element, reader.element),
    details.element,
    status,
  );
  filters.set(state.filters);
  timeline.setRange({ from: state.filters.from, to: state.filters.to });

  // --- Graph updates ----------------------------------------------------------------------
  let queue = Promise.resolve();
  const enqueue = (task: () => Promise<void>): void => {
    queue = queue.then(task).catch((error: unknown) => notify((error as Error).message, 'error'));
  };

  const showCounts = (): void => {
    const { graph, totals } = view;
    if (!graph) return;
    counts.textContent = `${shownOf(graph.order, totals?.totalNodes ?? graph.order, 'entity', 'entities')} · ${shownOf(graph.size, totals?.totalEdges ?? graph.size, 'relation', 'relations')}`;
    html.dataset.nodes = String(graph.order);
    html.dataset.edges = String(graph.size);
    legend.update(graph, state.colorBy === 'community');
  };

  const refreshTimeline = async (): Promise<void> => {
    try {
      timeline.update(await api.timeline(state.filters));
    } catch (error) {
      notify(`Timeline: ${(error as Error).message}`, 'error');
    }
  };

  /** Merges parts into the view; new nodes get room for their labels; nothing else moves. */
  const merge = (parts: ApiGraph[], options: { prune: boolean; anchor?: string }): Set<string> => {
    const { graph } = view;
    if (!graph) return new Set();
    const added = mergeGraph(graph, parts, { ...options, unit: unitNow() });
    clearNewLabels(graph, added, unitNow());
    view.highlighter?.reapply();
    const first = parts[0];
    if (first && first.attributes.totalNodes > 0) view.totals = first.attributes;
    if (first?.attributes.storeVersion !== undefined)
      view.storeVersion = first.attributes.storeVersion;
    showCounts();
    view.labels?.schedule();
    return added;
  };

  /** Fetches the filtered graph, every expanded neighbourhood and the paths, and shows those. */
  async function reload(): Promise<void> {
    const parts = [await api.graph(state.filters)];
    for (const id of state.expanded) parts.push(await api.neighbors(id, 1));
    if (view.path) parts.push(view.path);
    merge(parts, { prune: true });
    if (state.filters.from || state.filters.to)
      notify('Date range set: evidence of undated documents is hidden.');
  }

  async function expand(id: string): Promise<void> {
    const data = await api.neighbors(id, 1);
    if (!state.expanded.includes(id)) state.expanded.push(id);
    const added = merge([data], { prune: false, anchor: id });
    writeHash();
    if (view.renderer && added.size > 0)
      await fitNodes(view.renderer, [id, ...added], { onlyOut: true });
    notify(
      `Expanded ${view.graph?.getNodeAttribute(id, 'label') ?? id}: ${added.size} new around it.`,
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
    view.labels?.schedule();
    // Opening the details panel narrows the canvas, which moves every node on the screen (one
    // graph unit is one pixel): take the new size before aiming, or the camera lands beside it.
    takeNewSize(renderer);
    const position = renderer.getNodeDisplayData(id);
    if (position) {
      const camera = renderer.getCamera();
      await camera.animate(
        { x: position.x, y: position.y, ratio: Math.min(camera.ratio, 0.7) },
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
    view.labels?.schedule();
    writeHash();
  }

  function clearSelection(): void {
    state.selectedNode = undefined;
    state.selectedEdge = undefined;
    view.highlighter?.select(undefined);
    view.highlighter?.selectEdge(undefined);
    delete html.dataset.selected;
    details.clear();
    view.labels?.schedule();
    writeHash();
  }

  /** Paths found: the old selection goes, the path joins the view and fills the screen. */
  function showPaths(response: PathsResponse | undefined): void {
    const { renderer, highlighter } = view;
    if (!renderer || !highlighter) return;
    if (!response || response.paths.length === 0) {
      view.path = undefined;
      highlighter.setPath([], []);
      view.labels?.schedule();
      return;
    }
    clearSelection();
    view.path = pathPart(response);
    merge([view.path], { prune: false });
    const nodes = [...new Set(response.paths.flatMap((p) => p.nodes))];
    highlighter.setPath(nodes, [
      ...new Set(response.paths.flatMap((p) => p.hops.map((h) => h.key))),
    ]);
    html.dataset.path = nodes.join(',');
    // Clearing the selection closed the details panel: the canvas widened, which moves every
    // node on the screen, so aim with the new size (as `selectNode` does).
    takeNewSize(renderer);
    void fitNodes(renderer, nodes, { padding: 80 }).then(() => view.labels?.schedule());
  }

  // --- First load -------------------------------------------------------------------------
  performance.mark('kg:panels-built');
  let data: ApiGraph;
  try {
    data = await firstGraph;
  } catch (error) {
    replaceChildren(
      canvas,
      el('p', {
        className: 'error',
        testid: 'graph-error',
        text: `Could not load the graph: ${(error as Error).message}`,
      }),
    );
    html.dataset.ready = 'error';
    ready.resolve();
    fullScene.resolve();
    return;
  }
  performance.mark('kg:graph-loaded');
  const graph = buildGraph(data);
  performance.mark('kg:graph-built');
  const renderer = createRenderer(graph, canvas);
  const highlighter = new Highlighter(renderer, graph);
  const labels = createLabelPlacer(renderer, graph, (key) => highlighter.labelRank(key));
  view.totals = data.attributes;
  view.storeVersion = data.attributes.storeVersion;
  Object.assign(view, { graph, renderer, highlighter, labels });
  Object.assign(handle, { graph, renderer, labels });
  if (state.colorBy === 'community') renderer.setGraphState({ byCommunity: true });
  legend.setMode(state.colorBy === 'community');
  // Sigma laid the graph out inside its constructor and drew it hidden (graph state `staging`):
  // the camera is fitted and the labels placed on that, then the scene is drawn for real in
  // this same task, so the first frame the browser presents is drawn once, with its labels.
  performance.mark('kg:first-render');
  const camera = renderer.getCamera();
  const home = (): void => {
    const fitted = fitState(renderer, [], {});
    if (fitted) camera.setState(fitted);
    view.home = camera.getState();
  };
  home();
  if (state.camera) camera.setState(state.camera);
  labels.placeNow();
  renderer.setGraphState({ staging: false });
  renderer.refresh();
  performance.mark('kg:labels-placed');
  html.dataset.ready = 'true';
  html.dataset.labelled = 'true';
  ready.resolve();
  showCounts();
  // What the first frame does not need waits until it is on screen (two frames later).
  const afterFirstFrame = (task: () => void): void =>
    void requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(task)));
  afterFirstFrame(() => {
    performance.mark('kg:first-labelled-frame');
    void refreshTimeline();
  });
  if (graph.order === 0) {
    notify('The graph is empty: add a text with “Add text”.');
  } else if (isFiltered(state.filters)) {
    notify('Filters are active (see Filters).');
  }

  const finishLayout = (): void => {
    html.dataset.layout = 'done';
    layoutDone.resolve();
  };
  if (data.attributes.layout === true || graph.order < 2) {
    // The server laid this view out: nothing to run on the page.
    finishLayout();
  } else {
    html.dataset.layout = 'running';
    const layout = runForceAtlas2(graph, {
      maxMs: CLIENT_LAYOUT_MS,
      onTick: () => labels.schedule(),
    });
    void layout.done.then(() => {
      renderer.refresh();
      removeOverlaps(graph, unitNow());
      if (!state.camera) home();
      renderer.refresh();
      labels.placeNow();
      finishLayout();
    });
  }
  // The full scene's programs, edge picking (a pass over the edges) and edge labels (their
  // shaders) are paid once the first frame is on screen; edge labels follow the full scene's
  // paths, so they come after it.
  afterFirstFrame(() => {
    // Without the swap (a sigma whose internals moved) the first frame's scene stays.
    html.dataset.scene = showFullScene(renderer) ? 'full' : 'first-frame';
    performance.mark('kg:full-scene');
    fullScene.resolve();
    renderer.setSettings({
      renderEdgeLabels: true,
      ...(graph.size <= MAX_PICKABLE_EDGES ? { enableEdgeEvents: true } : {}),
    });
  });

  // --- Interaction ------------------------------------------------------------------------
  renderer.on('enterNode', ({ node }) => {
    highlighter.hover(node);
    labels.schedule();
  });
  renderer.on('leaveNode', () => {
    highlighter.hover(undefined);
    labels.schedule();
  });
  renderer.on('clickNode', ({ node }) => void selectNode(node));
  renderer.on('clickEdge', ({ edge }) => selectEdge(edge));
  renderer.on('clickStage', () => clearSelection());
  let cameraTimer: ReturnType<typeof setTimeout> | undefined;
  camera.on('updated', () => {
    labels.schedule();
    clearTimeout(cameraTimer);
    cameraTimer = setTimeout(writeHash, 400);
  });
  new ResizeObserver(() => labels.schedule()).observe(canvas);

  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = target?.closest('input, textarea, select') !== null && target !== null;
    if (typing || event.ctrlKey || event.metaKey || event.altKey) {
      if (event.key === 'Escape' && !typing) clearSelection();
      return;
    }
    const keys: Record<string, () => void> = {
      '/': () => search.input.focus(),
      Escape: () => clearSelection(),
      '+': controls.zoomIn,
      '=': controls.zoomIn,
      '-': controls.zoomOut,
      f: controls.fit,
      F: controls.fit,
      '0': controls.reset,
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  });
  window.addEventListener('hashchange', () => {
    if (location.hash.replace(/^#/, '') === lastHash) return;
    const next = parseViewState(location.hash);
    const filtersChanged =
      formatViewState({ ...next, camera: undefined }) !==
      formatViewState({ ...state, camera: undefined });
    state = next;
    filters.set(state.filters);
    timeline.setRange({ from: state.filters.from, to: state.filters.to });
    if (filtersChanged) enqueue(reload);
    if (state.selectedNode) void selectNode(state.selectedNode);
    if (state.camera) camera.setState(state.camera);
  });

  const refreshAll = (): void => {
    enqueue(reload);
    void refreshTimeline();
    const open = (testid: string) =>
      root.querySelector<HTMLDetailsElement>(`[data-testid="${testid}"]`)?.open === true;
    if (open('panel-documents')) void documents.refresh();
    if (open('panel-curation')) void curationHistory.refresh();
  };
  subscribeToChanges({
    // The store moved on while no stream was open (before this one connected, or while the
    // server restarted): the events of that time are lost, so read the view again.
    hello: ({ storeVersion }) => {
      if (view.storeVersion === undefined || storeVersion === view.storeVersion) return;
      notify('Graph updated while the connection was being made.');
      refreshAll();
    },
    change: (change) => {
      notify(
        change.reason === 'curation'
          ? 'Graph updated: a correction was made or undone.'
          : `Graph updated: +${change.nodesAdded} entities, +${change.edgesAdded} relations.`,
      );
      refreshAll();
    },
  });

  // --- Restore the shared view ------------------------------------------------------------
  for (const id of state.expanded)
    enqueue(() => api.neighbors(id, 1).then((d) => void merge([d], { prune: false, anchor: id })));
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
