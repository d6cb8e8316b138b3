import type { LanguagePack } from '../lexicon/index.js';
import type { Range, Section } from '../model/types.js';
import { blank, findMarkup } from '../text/html.js';
import { splitLines } from '../text/lines.js';
import { classifyHeading } from './classify.js';
import { closeBodies, MAX_LABEL_WORDS, OPEN, type ParsedDocument, splitHeadingNumber, wordCount } from './document.js';

/**
 * Plain-text notices, as scraped from web pages and word processors. Heading styles
 * recognised (README "Input formats"): `Heading<TAB>body` rows, numbered lines,
 * question lines, ALL-CAPS lines, bare title lines the lexicon knows, and any of these
 * wrapped in HTML debris such as `<p>…</p>`.
 */

interface Line extends Range {
  /** The line with HTML markup blanked. */
  masked: string;
  trimmed: string;
  /** The original line starts with white space: it continues the previous body. */
  indented: boolean;
}

interface HeadingCandidate {
  line: number;
  headingRange: Range;
  bodyStart: number;
  level: number | 'sub';
}

const MAX_HEADING_LENGTH = 200;
const TERMINAL_PUNCTUATION = /[.,;:!]$/;

/** Range of `inner` trimmed, as offsets into the file, given the line's start and the slice's offset within it. */
function trimmedRange(lineText: string, lineStart: number, from: number, to: number): Range {
  const slice = lineText.slice(from, to);
  const leading = slice.length - slice.trimStart().length;
  return { start: lineStart + from + leading, end: lineStart + from + slice.trimEnd().length };
}

function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function isBlank(lines: Line[], index: number): boolean {
  const line = lines[index];
  return line === undefined || line.trimmed === '';
}

/**
 * A list marker before a tab, as word processors paste lists: "•<TAB>item", "-<TAB>", "o<TAB>",
 * "a)<TAB>", "1)<TAB>". A number with a dot ("1.<TAB>Rekisterinpitäjä") is a numbered heading instead.
 */
const LIST_MARKER = /^(?:[-–—•·▪◦●○■□*+>o§]|\d{1,3}\)|[a-zA-Z]\)|\(\d{1,3}\)|\([a-zA-Z]\))$/;

function tabRow(line: Line): HeadingCandidate | undefined {
  const tab = line.masked.indexOf('\t');
  if (tab <= 0) return undefined;
  const head = line.masked.slice(0, tab).trim();
  if (head === '' || LIST_MARKER.test(head) || head.length > MAX_HEADING_LENGTH || wordCount(head) > 30) return undefined;
  return { line: -1, headingRange: trimmedRange(line.masked, line.start, 0, tab), bodyStart: line.start + tab + 1, level: 1 };
}

function numberedLine(line: Line): HeadingCandidate | undefined {
  const { number, rest } = splitHeadingNumber(line.trimmed);
  if (number === undefined || rest.length > 120 || wordCount(rest) > 15) return undefined;
  if (!/^\p{L}/u.test(rest) || TERMINAL_PUNCTUATION.test(rest)) return undefined;
  return {
    line: -1,
    headingRange: trimmedRange(line.masked, line.start, 0, line.masked.length),
    bodyStart: line.end,
    level: number.split('.').length,
  };
}

function standaloneLine(lines: Line[], index: number, pack: LanguagePack): HeadingCandidate | undefined {
  const line = lines[index];
  if (!line) return undefined;
  const text = line.trimmed;
  const words = wordCount(text);
  const wholeLine = (level: number | 'sub'): HeadingCandidate => ({
    line: index,
    headingRange: trimmedRange(line.masked, line.start, 0, line.masked.length),
    bodyStart: line.end,
    level,
  });
  if (text.length <= 100 && words <= 12 && isAllCaps(text)) return wholeLine(text.endsWith(':') ? 'sub' : 1);
  // "Rekisterinpitäjä:" alone on its line, the body below: a label the lexicon knows.
  if (
    text.endsWith(':') &&
    words <= MAX_LABEL_WORDS &&
    /^\p{Lu}/u.test(text) &&
    !isBlank(lines, index + 1) &&
    classifyHeading(text.slice(0, -1), pack).length > 0
  ) {
    return wholeLine(1);
  }
  const standalone = isBlank(lines, index - 1) && isBlank(lines, index + 1);
  if (!standalone) return undefined;
  if (text.endsWith('?') && text.length <= 250 && words <= 35) return wholeLine(1);
  // "Label: value" lines ("Päivitetty: 1.2.2024") are content, not headings.
  const labelled = /\S:\s+\S/.test(text);
  if (text.length <= 80 && words <= 10 && !labelled && /^\p{Lu}/u.test(text) && !/[.,;:!?]$/.test(text)) {
    if (classifyHeading(text, pack).length > 0) return wholeLine(1);
  }
  return undefined;
}

function toLines(source: string, text: string): Line[] {
  return splitLines(source).map((range) => {
    const masked = text.slice(range.start, range.end);
    return { ...range, masked, trimmed: masked.trim(), indented: source[range.start] === ' ' || source[range.start] === '\t' };
  });
}

/** The title: a line naming the document among the first few, else a short first line. */
function findTitle(lines: Line[], firstHeadingLine: number, pack: LanguagePack): number | undefined {
  const leading = lines
    .map((line, index) => ({ line, index }))
    // Numbered lines and tab rows are sections, never the title.
    .filter(
      ({ line, index }) =>
        index <= firstHeadingLine && line.trimmed !== '' && !line.masked.includes('\t') && splitHeadingNumber(line.trimmed).number === undefined,
    )
    .slice(0, 5);
  const named = leading.find(({ line }) => line.trimmed.length <= 120 && pack.noticeTitles.test(line.trimmed));
  if (named) return named.index;
  const first = leading[0];
  if (first && first.line.trimmed.length <= 120 && !/[.!]$/.test(first.line.trimmed)) {
    return first.index;
  }
  return undefined;
}

export function parseText(source: string, pack: LanguagePack): ParsedDocument {
  const text = blank(source, findMarkup(source));
  const lines = toLines(source, text);
  const candidates: HeadingCandidate[] = [];
  lines.forEach((line, index) => {
    if (line.trimmed === '' || line.indented) return;
    const candidate = tabRow(line) ?? numberedLine(line) ?? standaloneLine(lines, index, pack);
    if (candidate) candidates.push({ ...candidate, line: index });
  });

  const titleLine = findTitle(lines, candidates[0]?.line ?? lines.length, pack);
  const headings = candidates.filter((candidate) => candidate.line !== titleLine);
  const sections: Section[] = [];
  const starts: number[] = [];

  const contentStart = titleLine === undefined ? 0 : (lines[titleLine]?.end ?? 0);
  const firstHeadingStart = headings[0] ? (lines[headings[0].line]?.start ?? source.length) : source.length;
  if (text.slice(contentStart, firstHeadingStart).trim() !== '') {
    sections.push({
      elements: [],
      heading: '',
      headingRange: { start: contentStart, end: contentStart },
      level: 1,
      bodyRange: { start: contentStart, end: OPEN },
    });
    starts.push(contentStart);
  }

  let parentLevel = 1;
  for (const candidate of headings) {
    const raw = text.slice(candidate.headingRange.start, candidate.headingRange.end).trim();
    const { number, rest } = splitHeadingNumber(raw);
    const level = candidate.level === 'sub' ? parentLevel + 1 : candidate.level;
    if (candidate.level !== 'sub') parentLevel = level;
    const heading = rest.replace(/\s+/g, ' ');
    sections.push({
      elements: classifyHeading(heading, pack),
      heading,
      headingRange: candidate.headingRange,
      ...(number === undefined ? {} : { number }),
      level,
      bodyRange: { start: candidate.bodyStart, end: OPEN },
    });
    starts.push(lines[candidate.line]?.start ?? candidate.headingRange.start);
  }
  closeBodies(sections, source.length, starts);

  const title = titleLine === undefined ? undefined : lines[titleLine]?.trimmed;
  return { text, sections, ...(title ? { title } : {}), metaRanges: {} };
}
