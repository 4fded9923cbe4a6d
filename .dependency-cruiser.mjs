/**
 * The import rule that needs the whole graph: no circles. The layer rules, which one file's imports can break, are in
 * eslint.config.js. `npm run lint` runs both.
 */
export default {
  forbidden: [{
    name: 'no-circular',
    comment: 'Modules depend on each other one way only: a type two of them share gets a module of its own.',
    severity: 'error',
    from: {},
    to: { circular: true },
  }],
  options: {
    // Counts `import type` too, though it compiles away: a circle of types still ties the modules' meanings together.
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
  },
};
