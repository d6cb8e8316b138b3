import { contactDetails, knownProcessors, legalBasisReference, type LanguagePack } from '../lexicon/index.js';
import { findDate } from '../text/dates.js';
import { LineIndex } from '../text/lines.js';
import type { PatternSet } from '../text/pattern.js';
import { SectionScope, sentences } from './scope.js';
import type {
  DateFact,
  ElementId,
  Facts,
  LegalBasis,
  LegalBasisFact,
  Located,
  Range,
  RetentionFact,
  RightFact,
  SafeguardFact,
  Section,
  TransferFact,
} from './types.js';

/** Sections whose wording about rights, consent or requirements must not be read as a statement of legal basis. */
const NOT_BASIS_STATEMENTS: ElementId[] = ['rights', 'withdraw-consent', 'complaint', 'requirement'];
const RIGHTS_ELEMENTS: ElementId[] = ['rights', 'withdraw-consent', 'complaint'];

interface Input {
  text: string;
  sections: readonly Section[];
  pack: LanguagePack;
  metadataDate?: string;
  metadataDateRange?: Range;
}

function inRanges(patterns: PatternSet, text: string, ranges: readonly Range[]): Range[] {
  return ranges.flatMap((range) => patterns.matches(text, range.start, range.end));
}

function overlaps(range: Range, ranges: readonly Range[]): boolean {
  return ranges.some((other) => range.start < other.end && other.start < range.end);
}

function bodySentences(text: string, scope: SectionScope, sections?: readonly Section[]): Range[] {
  return scope.bodies(sections).flatMap((body) => sentences(text, body.start, body.end));
}

function legalBases({ text, pack }: Input, scope: SectionScope): LegalBasisFact[] {
  const facts: LegalBasisFact[] = [];
  // Sub-sections belong to their parent: "### Sopimus" under "## Oikeusperuste" names a basis in its heading.
  const basisSections = scope.withElements(['legal-basis']);
  const scoped = basisSections.length > 0 ? basisSections.flatMap((section) => [section.headingRange, section.bodyRange]) : scope.bodies(scope.withElements(['purposes']));
  const excluded = scope.bodies(scope.withElements(NOT_BASIS_STATEMENTS, false).filter((section) => !basisSections.includes(section)));
  for (const [basis, patterns] of pack.legalBasis) {
    for (const range of inRanges(patterns, text, scoped)) facts.push({ basis, range });
  }
  // Outside the basis sections, a basis counts only in a sentence that says processing rests on it.
  for (const sentence of bodySentences(text, scope)) {
    if (overlaps(sentence, scoped) || overlaps(sentence, excluded) || !pack.basisCue.test(text, sentence.start, sentence.end)) continue;
    for (const [basis, patterns] of pack.legalBasis) {
      for (const range of patterns.matches(text, sentence.start, sentence.end)) facts.push({ basis, range });
    }
  }
  const reference = legalBasisReference();
  for (const body of scope.bodies()) {
    if (overlaps(body, excluded)) continue;
    reference.lastIndex = 0;
    const slice = text.slice(body.start, body.end);
    for (let match = reference.exec(slice); match; match = reference.exec(slice)) {
      const letter = (match[1] ?? match[2] ?? '').toLowerCase() as LegalBasis;
      facts.push({ basis: letter, range: { start: body.start + match.index, end: body.start + match.index + match[0].length } });
    }
  }
  return facts.sort((a, b) => a.range.start - b.range.start);
}

function legitimateInterestDescriptions({ text, pack }: Input, scope: SectionScope): Located[] {
  const described: Located[] = scope
    .bodies(scope.withElements(['legitimate-interests'], false))
    .filter((body) => text.slice(body.start, body.end).trim() !== '')
    .map((range) => ({ range }));
  const patterns = pack.mentions.find(([element]) => element === 'legitimate-interests')?.[1];
  if (patterns) described.push(...inRanges(patterns, text, scope.bodies()).map((range) => ({ range })));
  return described;
}

/** Rights are looked for in the rights sections (headings too); withdrawal and complaint anywhere, being specific phrases. */
function rights({ text, pack }: Input, scope: SectionScope): RightFact[] {
  const rightsSections = scope.withElements(RIGHTS_ELEMENTS);
  const scoped: Range[] =
    rightsSections.length > 0
      ? rightsSections.flatMap((section) => [section.headingRange, section.bodyRange])
      : [{ start: 0, end: text.length }];
  const everywhere: Range[] = [{ start: 0, end: text.length }];
  const facts: RightFact[] = [];
  for (const [right, patterns] of pack.rights) {
    const ranges = right === 'withdraw-consent' || right === 'complaint' ? everywhere : scoped;
    for (const range of inRanges(patterns, text, ranges)) facts.push({ right, range });
  }
  return facts.sort((a, b) => a.range.start - b.range.start);
}

function retention({ text, pack }: Input, scope: SectionScope): RetentionFact[] {
  const facts: RetentionFact[] = [];
  const { period, criteria, vague, verbs, cookies } = pack.retention;
  const seen = new Set<number>();
  const add = (kind: RetentionFact['kind'], ranges: Range[]): void => {
    for (const range of ranges) {
      if (seen.has(range.start)) continue;
      seen.add(range.start);
      facts.push({ kind, range });
    }
  };
  const retentionBodies = scope.bodies(scope.withElements(['retention']));
  for (const body of retentionBodies) {
    add('period', period.matches(text, body.start, body.end));
    add('criterion', criteria.matches(text, body.start, body.end));
    add('vague', vague.matches(text, body.start, body.end));
  }
  // Elsewhere, a period counts when its sentence says data is kept or deleted, and is not about a
  // cookie's lifetime. Vague wording ("as long as necessary") is a retention statement by itself.
  for (const sentence of bodySentences(text, scope)) {
    if (overlaps(sentence, retentionBodies)) continue;
    add('vague', vague.matches(text, sentence.start, sentence.end));
    if (!verbs.test(text, sentence.start, sentence.end) || cookies.test(text, sentence.start, sentence.end)) continue;
    add('period', period.matches(text, sentence.start, sentence.end));
    add('criterion', criteria.matches(text, sentence.start, sentence.end));
  }
  return facts.sort((a, b) => a.range.start - b.range.start);
}

function transfers({ text, pack }: Input, scope: SectionScope): TransferFact[] {
  const { outside, negation, exception, euQualifier, bareNo } = pack.transfer;
  const facts: TransferFact[] = [];
  const denials: Range[] = [];
  for (const body of scope.bodies(scope.withElements(['transfers'], false))) {
    const answer = text.slice(body.start, body.end).trim().replace(/[.!]+$/, '');
    const first = bareNo.first(answer);
    if (first && first.start === 0 && first.end === answer.length) {
      const start = body.start + text.slice(body.start, body.end).indexOf(answer);
      facts.push({ kind: 'denial', range: { start, end: start + answer.length } });
    }
  }
  const all = bodySentences(text, scope);
  for (const sentence of all) {
    const where = outside.first(text, sentence.start, sentence.end);
    if (!where || text.slice(sentence.start, sentence.end).trimEnd().endsWith('?')) continue;
    if (negation.test(text, sentence.start, sentence.end)) {
      const conditional = exception.test(text, sentence.start, sentence.end);
      facts.push({ kind: 'denial', range: trimmed(text, sentence), ...(conditional ? { conditional } : {}) });
      denials.push(sentence);
    } else {
      facts.push({ kind: 'transfer', range: where });
    }
  }
  const denied = new Set(denials.map((denial) => denial.start));
  const lines = new LineIndex(text);
  const qualifiedLines = new Map<number, boolean>();
  for (const sentence of all) {
    if (denied.has(sentence.start)) continue;
    // The EU-region qualifier may stand anywhere on the same line: "AWS ja Google Cloud EU-alueella".
    const line = lineAround(lines, sentence);
    const qualified = qualifiedLines.get(line.start) ?? euQualifier.test(text, line.start, line.end);
    qualifiedLines.set(line.start, qualified);
    if (qualified) continue;
    for (const { data, patterns } of knownProcessors()) {
      const match = patterns.first(text, sentence.start, sentence.end);
      if (match) facts.push({ kind: 'processor', name: data.name, range: match });
    }
  }
  return facts.sort((a, b) => a.range.start - b.range.start);
}

function trimmed(text: string, range: Range): Range {
  const slice = text.slice(range.start, range.end);
  const start = range.start + (slice.length - slice.trimStart().length);
  return { start, end: Math.max(start, range.start + slice.trimEnd().length) };
}

/** The line holding `range`, found by binary search: this runs once per sentence, and one line may be 1 MB. */
function lineAround(lines: LineIndex, range: Range): Range {
  const { line } = lines.position(range.start);
  return { start: lines.lineStart(line), end: lines.lineEnd(line) };
}

function safeguards({ text, pack }: Input, scope: SectionScope): SafeguardFact[] {
  const bodies = scope.bodies();
  const facts: SafeguardFact[] = [];
  for (const [mechanism, patterns] of pack.transfer.safeguards) {
    for (const range of inRanges(patterns, text, bodies)) facts.push({ mechanism, range });
  }
  for (const range of inRanges(pack.transfer.invalidMechanisms, text, bodies)) facts.push({ mechanism: 'invalid', range });
  return facts.sort((a, b) => a.range.start - b.range.start);
}

/** Dates given as the notice's own: after a label ("Päivitetty: 1.2.2024"), alone on a line, or in metadata. */
function dates({ text, pack, metadataDate, metadataDateRange }: Input): DateFact[] {
  const facts: DateFact[] = [];
  if (metadataDate) facts.push({ iso: metadataDate, range: metadataDateRange ?? { start: 0, end: 0 } });
  for (const label of pack.dateLabels.matches(text)) {
    const after = text.slice(label.end, label.end + 60).split(/[\r\n]/, 1)[0] ?? '';
    const found = findDate(after, pack.months);
    if (found && /^[\s:.,\-–—\t]*$/.test(after.slice(0, found.index).replace(/\p{L}+/gu, ''))) {
      const start = label.end + found.index;
      facts.push({ iso: found.iso, range: { start, end: start + found.length } });
    }
  }
  for (const match of text.matchAll(/^[ \t]*(\S[^\r\n]{5,28}?)[ \t]*$/gm)) {
    const found = findDate(match[1] ?? '', pack.months);
    if (found && found.length === (match[1] ?? '').length) {
      const start = match.index + match[0].indexOf(match[1] ?? '');
      if (!facts.some((fact) => fact.range.start === start)) facts.push({ iso: found.iso, range: { start, end: start + found.length } });
    }
  }
  return facts;
}

/**
 * Elements a rights section names only to say what a right covers ("object to processing,
 * including profiling"; "data processed by automated means"): there they are no statement of the
 * notice's own processing.
 */
const NOT_IN_RIGHTS_SECTIONS: readonly ElementId[] = ['automated-decisions', 'requirement', 'transfers'];

function mentions({ text, pack }: Input, scope: SectionScope): Partial<Record<ElementId, Range[]>> {
  const found: Partial<Record<ElementId, Range[]>> = {};
  const bodies = scope.bodies();
  const rightsBodies = scope.bodies(scope.withElements(RIGHTS_ELEMENTS));
  for (const [element, patterns] of pack.mentions) {
    let ranges = inRanges(patterns, text, bodies);
    if (NOT_IN_RIGHTS_SECTIONS.includes(element)) ranges = ranges.filter((range) => !overlaps(range, rightsBodies));
    if (ranges.length > 0) found[element] = ranges;
  }
  const identities = controllerIdentities(text, pack, bodies, found.controller ?? []);
  if (identities.length > 0) found.controller = identities;
  else delete found.controller;
  return found;
}

/**
 * The controller's identity and contact details given in running text: its role named anywhere
 * ("X is the data controller") with contact details anywhere, or an organisation (legal form,
 * business ID, kind of body) in the same section as contact details.
 */
function controllerIdentities(text: string, pack: LanguagePack, bodies: readonly Range[], roles: readonly Range[]): Range[] {
  const contacts = contactDetails();
  if (roles.length > 0 && contacts.test(text)) return [...roles];
  return bodies.filter((body) => contacts.test(text, body.start, body.end)).flatMap((body) => pack.organisationCues.matches(text, body.start, body.end));
}

/** Extracts, once per notice, everything rules ask about its content; every fact keeps its range. */
export function extractFacts(input: Input): Facts {
  const scope = new SectionScope(input.sections);
  return {
    legalBases: legalBases(input, scope),
    legitimateInterestDescriptions: legitimateInterestDescriptions(input, scope),
    rights: rights(input, scope),
    retention: retention(input, scope),
    transfers: transfers(input, scope),
    safeguards: safeguards(input, scope),
    dates: dates(input),
    mentions: mentions(input, scope),
  };
}
