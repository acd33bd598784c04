/**
 * The baseline page of the first-render bench: fetch the same `/api/graph` JSON the viewer
 * gets, take the same positions the viewer's first frame uses (the server's layout when the
 * view carries one, else viewer `layout.ts` `seedPosition`: a disc whose area grows with the
 * node count, hashed per key), size by
 * weighted degree, colour by type, and hand it to sigma with default settings. Ready
 * (`document.body.dataset.ready`) is marked as soon as sigma's constructor has rendered.
 */
/* global document, window */
import Graph from 'graphology';
import Sigma from 'sigma';

const COLORS = {
  PERSON: '#2563eb',
  ORG: '#16a34a',
  GPE: '#dc2626',
  LOC: '#9333ea',
  FACILITY: '#ea580c',
  WEAPON: '#4b5563',
  PRODUCT: '#0891b2',
  EVENT: '#ca8a04',
};

function hash01(text, salt) {
  let h = 2166136261 ^ salt;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return ((h >>> 0) % 100_000) / 100_000;
}

function seedPosition(key, count) {
  const radius = 10 * Math.sqrt(Math.max(1, count)) * Math.sqrt(hash01(key, 1));
  const angle = 2 * Math.PI * hash01(key, 2);
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

const response = await fetch(`/api/graph${window.location.search}`);
const data = await response.json();
const graph = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
graph.import(data);
const count = graph.order;
// The same positions as the viewer: the server's layout when the view carries one, else seeds.
const laid = data.attributes?.layout === true;
graph.updateEachNodeAttributes((key, attributes) => ({
  ...attributes,
  ...(laid ? { x: attributes.x, y: attributes.y } : seedPosition(key, count)),
  size: 2 + Math.sqrt(attributes.weightedDegree ?? 1),
  color: COLORS[attributes.type] ?? '#999999',
}));
// Sigma's defaults draw labels (its label grid) in the constructor's frame: that frame is the
// baseline's first labelled frame, and its layout is stable from the start.
new Sigma(graph, document.getElementById('app'));
window.__bench = { renderedMs: performance.now(), nodes: graph.order, edges: graph.size };
document.body.dataset.ready = 'true';
document.body.dataset.layout = 'done';
