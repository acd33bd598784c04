/** `@kg/server`: the Express app over a graph store, and the job that serves it. */
export { createApp } from './app.js';
export type { AppDeps, KgApp } from './app.js';
export { DEFAULT_SETTINGS, resolveSettings } from './settings.js';
export type { ServerSettings } from './settings.js';
export { HTTP_STATUS, answerClientErrors } from './errors.js';
export { startServer } from './server.js';
export type { StartOptions, RunningServer } from './server.js';
export { SERVE_USAGE, resolveServeOptions } from './options.js';
export { serve } from './serve.js';
export type { ServeIo } from './serve.js';
