import type { Yaml } from 'mdast';
import { isMap, isScalar, parseDocument } from 'yaml';
import { LANGUAGES, PROFILES, type Language, type Profile, type Range } from '../model/types.js';
import { findDate } from '../text/dates.js';
import type { ParsedDocument } from './document.js';

type Metadata = Pick<ParsedDocument, 'title' | 'language' | 'profile' | 'date' | 'metaRanges' | 'declared'>;

const DATE_KEYS = ['date', 'lastmod', 'last_modified', 'updated', 'modified'];

/** Reads title, date, language and profile from Markdown front matter, with where each stands. */
export function readMetadata(source: string, node: Yaml): Metadata {
  const metadata: Metadata = { metaRanges: {} };
  const start = node.position?.start.offset ?? 0;
  const firstBreak = source.indexOf('\n', start);
  const contentOffset = firstBreak === -1 ? start : firstBreak + 1;
  const document = parseDocument(node.value, { prettyErrors: false });
  if (document.errors.length > 0 || !isMap(document.contents)) return metadata;
  for (const pair of document.contents.items) {
    // `noticelint:` with any value says "this is a notice" (notice detection), as in a YAML notice.
    if (isScalar(pair.key) && String(pair.key.value).toLowerCase() === 'noticelint') metadata.declared = true;
    if (!isScalar(pair.key) || !isScalar(pair.value)) continue;
    const key = String(pair.key.value).toLowerCase();
    const value = pair.value.value instanceof Date ? pair.value.value.toISOString() : String(pair.value.value);
    const valueRange = pair.value.range;
    const range: Range | undefined = valueRange ? { start: contentOffset + valueRange[0], end: contentOffset + valueRange[1] } : undefined;
    if (key === 'title') {
      metadata.title = value;
      if (range) metadata.metaRanges.title = range;
    } else if (key === 'language' || key === 'lang') {
      const language = value.slice(0, 2).toLowerCase();
      if ((LANGUAGES as readonly string[]).includes(language)) metadata.language = language as Language;
      if (range) metadata.metaRanges.language = range;
    } else if (key === 'profile' && (PROFILES as readonly string[]).includes(value)) {
      metadata.profile = value as Profile;
      if (range) metadata.metaRanges.profile = range;
    } else if (DATE_KEYS.includes(key) && metadata.date === undefined) {
      const found = findDate(value);
      if (found) {
        metadata.date = found.iso;
        if (range) metadata.metaRanges.date = range;
      }
    }
  }
  return metadata;
}
