// The package arrows of docs/ARCHITECTURE (README "Architecture"), enforced: each package may
// import only what sits below it. One config object per package (flat config replaces a rule's
// options rather than merging them). test/architecture.test.ts proves each arrow fails the lint.
const ts = '@typescript-eslint/no-restricted-imports';
const HEAVY = [
  'graphology',
  'graphology-*',
  'wink-nlp',
  'wink-*',
  'express',
  'better-sqlite3',
  'sigma',
  'pg',
];
const why = {
  extract: 'extract knows nothing of graphology, storage or Express (ARCHITECTURE: one way down).',
  graph:
    'graph knows nothing of wink-nlp or the extractor: ingest takes an injected extract function.',
  viewer: 'the viewer talks to the server over HTTP and imports only types from @kg/schema.',
  below: 'a lower package never imports a higher one.',
};

/** `{ group, message }` patterns for no-restricted-imports. */
const deny = (group, message, extra = {}) => ({ group, message, ...extra });

export const boundaries = [
  {
    files: ['packages/schema/src/**/*.ts'],
    rules: {
      [ts]: [
        'error',
        {
          patterns: [
            deny(['@kg/*', ...HEAVY], 'schema depends on nothing heavy and on no other package.'),
          ],
        },
      ],
    },
  },
  {
    files: ['packages/parse/src/**/*.ts'],
    rules: {
      [ts]: [
        'error',
        {
          patterns: [
            deny(['@kg/*', '!@kg/schema', ...HEAVY], 'parse sits beside schema: ' + why.below),
          ],
        },
      ],
    },
  },
  {
    files: ['packages/extract/src/**/*.ts'],
    rules: {
      [ts]: [
        'error',
        {
          patterns: [
            deny(['@kg/graph', '@kg/server', '@kg/cli', '@kg/viewer'], why.extract),
            deny(
              ['graphology', 'graphology-*', 'express', 'better-sqlite3', 'sigma', 'pg'],
              why.extract,
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['packages/graph/src/**/*.ts'],
    rules: {
      [ts]: [
        'error',
        {
          patterns: [
            deny(['@kg/extract', '@kg/parse', '@kg/server', '@kg/cli', '@kg/viewer'], why.graph),
            deny(['wink-nlp', 'wink-*', 'express', 'sigma'], why.graph),
          ],
        },
      ],
    },
  },
  {
    files: ['packages/queue/src/**/*.ts'],
    rules: {
      [ts]: [
        'error',
        {
          patterns: [
            deny(
              ['@kg/extract', '@kg/parse', '@kg/server', '@kg/cli', '@kg/viewer'],
              'queue sits on graph: the extractor is injected, the server and CLI sit above it.',
            ),
            deny(
              ['graphology', 'graphology-*', 'wink-nlp', 'wink-*', 'express', 'sigma'],
              why.graph,
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['packages/server/src/**/*.ts'],
    rules: {
      [ts]: [
        'error',
        { patterns: [deny(['@kg/cli', '@kg/viewer', 'sigma'], 'server: ' + why.below)] },
      ],
    },
  },
  {
    files: ['packages/cli/src/**/*.ts'],
    rules: {
      [ts]: [
        'error',
        { patterns: [deny(['@kg/viewer'], 'cli: the viewer is served, not imported.')] },
      ],
    },
  },
  {
    files: ['packages/viewer/src/**/*.ts'],
    rules: {
      [ts]: [
        'error',
        {
          patterns: [
            deny(['@kg/*', '!@kg/schema'], why.viewer),
            deny(['@kg/schema'], why.viewer, { allowTypeImports: true }),
            deny(['node:*', 'express', 'better-sqlite3', 'wink-nlp', 'wink-*'], why.viewer),
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      [ts]: [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)packages/[^/]+/src/',
              message: 'tests in test/ use the packages through their public APIs (@kg/*).',
            },
          ],
        },
      ],
    },
  },
];
