/**
 * `@kg/graph/testing`: a small hand-built graph for tests of the packages above graph (the CLI,
 * the server) and the helpers that build it. Not part of the runtime API.
 */
export { addEntity, addRelation, entityAttributes, sampleGraph } from './sample-graph.js';
