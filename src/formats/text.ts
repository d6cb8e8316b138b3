import { parseText } from '../parse/text.js';
import type { NoticeFormat } from './format.js';

export const textFormat: NoticeFormat = {
  name: 'text',
  extensions: ['.txt'],
  // The plain-text parser is a linear scan without recursion: no structure can hurt it.
  checkStructure: () => undefined,
  parse: parseText,
  comments: { kind: 'html' },
  rendersMarkdown: false,
  literalRanges: ({ source }) => [{ start: 0, end: source.length }],
};
