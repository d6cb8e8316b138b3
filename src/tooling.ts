/**
 * What the repository's own tools (bench/, `npm run accuracy`) use from the built package:
 * bundled as dist/tooling.js beside the command line. Not a public API: it changes with them.
 */
export { lintFile } from './lint-files.js';
export { kindOf, parseNotice } from './parse/index.js';
export { toYamlNotice } from './print-model.js';
