/**
 * A file shipped with the package (package.json, docs/, templates/, schemas/). This module
 * sits one folder below the package root both as source (src/) and bundled (dist/, where
 * the bundler may move it into any entry or chunk of that folder), so one relative URL
 * serves both; modules deeper in src/ must come here instead of counting `../` themselves.
 */
export function packageFile(relativePath: string): URL {
  return new URL(`../${relativePath}`, import.meta.url);
}
