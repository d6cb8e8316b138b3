import { anyKnownProcessor, contactDetails, knownProcessors, legalBasisFurtherLetter, legalBasisReference, type LanguagePack } from '../lexicon/index.js';
import { findDate } from '../text/dates.js';
import { lastStartingAtOrBefore, type LineIndex } from '../text/lines.js';
import type { MatchSubject, PatternSet } from '../text/pattern.js';
import { SectionScope, sentences } from '../model/scope.js';
import type {
  DateFact,
  ElementId,
  Facts,
  LegalBasis,
  LegalBasisFact,
  Located,
  Range,
  RetentionFact,
  Right,
  RightFact,
  SafeguardFact,
  Section,
  TransferFact,
} from '../model/types.js';

/** Sections whose wording about rights, consent or requirements must not be read as a statement of legal basis. */
const NOT_BASIS_STATEMENTS: ElementId[] = ['rights', 'withdraw-consent', 'complaint', 'requirement'];
const RIGHTS_ELEMENTS: ElementId[] = ['rights', 'withdraw-consent', 'complaint'];

export interface FactInput {
  text: string;
  /** `text` prepared for the pattern sets, its lower-cased copy made once per file. */
  subject: MatchSubject;
  sections: readonly Section[];
  pack: LanguagePack;
  /** The file's line index, shared with everything else that needs positions in it. */
  lines: LineIndex;
  metadataDate?: string;
  metadataDateRange?: Range;
}

function inRanges(patterns: PatternSet, subject: MatchSubject, ranges: readonly Range[]): Range[] {
  return ranges.flatMap((range) => patterns.matches(subject, range.start, range.end));
}

function overlaps(range: Range, ranges: readonly Range[]): boolean {
  return ranges.some((other) => range.start < other.end && other.start < range.end);
}

function bodySentences(text: string, scope: SectionScope, sections?: readonly Section[]): Range[] {
  return scope.bodies(sections).flatMap((body) => sentences(text, body.start, body.end));
}

/** Section bodies, or the whole text when the notice has no sections. */
function noticeBodies(text: string, scope: SectionScope): Range[] {
  return scope.sections.length > 0 ? scope.bodies() : [{ start: 0, end: text.length }];
}

function legalBases({ text, subject, pack }: FactInput, scope: SectionScope): LegalBasisFact[] {
  const facts: LegalBasisFact[] = [];
  // Sub-sections belong to their parent: "### Sopimus" under "## Oikeusperuste" names a basis in its heading.
  const basisSections = scope.withElements(['legal-basis']);
  const scoped =
    basisSections.length > 0 ? basisSections.flatMap((section) => [section.headingRange, section.bodyRange]) : scope.bodies(scope.withElements(['purposes']));
  const excluded = scope.bodies(scope.withElements(NOT_BASIS_STATEMENTS, false).filter((section) => !basisSections.includes(section)));
  const addNamed = (ranges: readonly Range[]): void => {
    for (const [basis, patterns] of pack.legalBasis) {
      for (const range of inRanges(patterns, subject, ranges)) facts.push({ basis, range });
    }
  };
  addNamed(scoped);
  // Outside the basis sections, a basis counts in a sentence that says processing rests on it,
  // or in the list such a sentence introduces ("Legal basis:" then "- consent").
  const elsewhere = scope.noticeSentences(text).filter((sentence) => !overlaps(sentence, scoped) && !overlaps(sentence, excluded));
  addNamed(cuedSpans(subject, elsewhere, pack.basisCue));
  const bodies = noticeBodies(text, scope).filter((body) => !overlaps(body, excluded));
  for (const body of bodies) {
    facts.push(...basisReferences(subject, body));
    facts.push(...bareBases(subject, body, pack));
  }
  const seen = new Set<string>();
  return facts
    .filter((fact) => {
      const key = `${fact.basis}:${fact.range.start}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.range.start - b.range.start);
}

/**
 * A basis standing alone as a table cell, list item or line ("| Legitimate interest |",
 * "- Suostumus"): a label-value statement, as under a "Legal basis" column or label.
 */
function bareBases(subject: MatchSubject, body: Range, pack: LanguagePack): LegalBasisFact[] {
  const { text } = subject;
  const facts: LegalBasisFact[] = [];
  let offset = body.start;
  // Split, not a lazy match with look-ahead: that would be quadratic on a long run of spaces.
  for (const cell of text.slice(body.start, body.end).split(/(\||\t|\r?\n| {2,})/)) {
    const start = offset;
    offset += cell.length;
    if (cell.length > 80 || /^(?:\||\t|\r?\n| {2,})$/.test(cell)) continue;
    const value = cell.replace(/^[\s\-*•·–\d.)]+/, '').replace(/[\s.:;,]+$/, '');
    if (value.length === 0) continue;
    const from = start + cell.indexOf(value);
    for (const [basis, patterns] of pack.legalBasis) {
      const found = patterns.first(subject, from, from + value.length);
      if (found && found.start === from && found.end === from + value.length) facts.push({ basis, range: found });
    }
  }
  return facts;
}

/** Art. 6(1) citations in `range`, one fact per letter: "6 artiklan 1 kohdan b ja c alakohta" gives b and c. */
function basisReferences(subject: MatchSubject, range: Range): LegalBasisFact[] {
  const reference = legalBasisReference();
  const further = legalBasisFurtherLetter();
  const slice = subject.lower.slice(range.start, range.end);
  const facts: LegalBasisFact[] = [];
  const add = (letter: string | undefined, start: number, end: number): void => {
    if (letter) facts.push({ basis: letter.toLowerCase() as LegalBasis, range: { start: range.start + start, end: range.start + end } });
  };
  for (let match = reference.exec(slice); match; match = reference.exec(slice)) {
    add(match[1], match.index, match.index + match[0].length);
    let position = match.index + match[0].length;
    // Letters listed after the citation; a short window, as a list of six letters is short.
    for (let next = further.exec(slice.slice(position, position + 40)); next && next[0].length > 0; next = further.exec(slice.slice(position, position + 40))) {
      const letter = next.indices?.[1];
      if (letter) add(next[1], position + letter[0], position + next[0].length);
      position += next[0].length;
    }
    reference.lastIndex = Math.max(reference.lastIndex, position);
  }
  return facts;
}

function legitimateInterestDescriptions({ text, subject, pack }: FactInput, scope: SectionScope): Located[] {
  const described: Located[] = scope
    .bodies(scope.withElements(['legitimate-interests'], false))
    .filter((body) => text.slice(body.start, body.end).trim() !== '')
    .map((range) => ({ range }));
  const patterns = pack.mentions.find(([element]) => element === 'legitimate-interests')?.[1];
  if (patterns) described.push(...inRanges(patterns, subject, scope.bodies()).map((range) => ({ range })));
  const interests = pack.legalBasis.find(([basis]) => basis === 'f')?.[1];
  // A rights list ("object to processing based on legitimate interests") describes no interest.
  const rightsStatements = scope.bodies(scope.withElements(NOT_BASIS_STATEMENTS));
  if (interests) {
    for (const sentence of sentencesMatching(interests, subject, scope.noticeSentences(text))) {
      if (overlaps(sentence, rightsStatements)) continue;
      for (const phrase of interests.matches(subject, sentence.start, sentence.end)) {
        // After the phrase, read on to the line's end: a citation's "art." ends no description.
        const after = { start: phrase.end, end: lineOf(text, phrase, { start: sentence.start, end: text.length }).end };
        if (followedByPurpose(subject, phrase, after, pack) || purposeBeforeColon(subject, phrase, lineOf(text, phrase, sentence), pack)) {
          described.push({ range: phrase });
        }
      }
    }
  }
  return described;
}

/** How far from a phrase its line is read: bounded, so a 1 MB line of phrases stays linear. */
const LINE_WINDOW = 300;

/** The part of `sentence` on the line holding `range`, at most LINE_WINDOW either side: a list item's own text. */
function lineOf(text: string, range: Range, sentence: Range): Range {
  const from = Math.max(sentence.start, range.start - LINE_WINDOW);
  const to = Math.min(sentence.end, range.end + LINE_WINDOW);
  const before = text.slice(from, range.start).lastIndexOf('\n');
  const after = text.slice(range.end, to).indexOf('\n');
  return { start: before === -1 ? from : from + before + 1, end: after === -1 ? to : range.end + after };
}

/** Citations and punctuation that may stand between "legitimate interest" and what it is. */
const CITATION_AND_PUNCTUATION = /^(?:\s*\((?:[^()]|\([^()]*\))*\))?[\s,:;–—-]*/u;

/** "oikeutettu etu jäsentoiminnan järjestämiseksi", "legitimate interests (Art. 6(1)(f)) in preventing fraud". */
function followedByPurpose(subject: MatchSubject, phrase: Range, after: Range, pack: LanguagePack): boolean {
  const { text } = subject;
  const skipped = CITATION_AND_PUNCTUATION.exec(text.slice(phrase.end, after.end))?.[0].length ?? 0;
  const start = phrase.end + skipped;
  const found = pack.interestPurpose.first(subject, start, Math.min(after.end, start + 120));
  return found?.start === start;
}

/**
 * "Palautteen käsittely ja palvelun kehittäminen: oikeusperusteena oikeutettu etu": the
 * purpose before the colon is the interest, when the part after it names no other basis
 * (a list of bases after a colon describes nothing).
 */
function purposeBeforeColon(subject: MatchSubject, phrase: Range, sentence: Range, pack: LanguagePack): boolean {
  const { text } = subject;
  const before = text.slice(sentence.start, phrase.start).lastIndexOf(':');
  if (before === -1) return false;
  const colon = sentence.start + before;
  const words = text
    .slice(sentence.start, colon)
    .trim()
    .split(/\s+/)
    .filter((word) => /\p{L}{3,}/u.test(word));
  if (words.length < 2) return false;
  const others = pack.legalBasis.filter(([basis]) => basis !== 'f');
  return !others.some(([, patterns]) => patterns.test(subject, colon, sentence.end));
}

/** Rights named by phrases specific enough to count anywhere in the notice. */
const RIGHTS_NAMED_ANYWHERE: readonly Right[] = ['withdraw-consent', 'complaint'];

/**
 * The sentences of `all` (in text order) in which `patterns` match. One pass over the text finds
 * candidates, and only those are tested alone: testing each of 100,000 short sentences costs
 * seconds, and a match must still lie within its sentence.
 */
function sentencesMatching(patterns: PatternSet, subject: MatchSubject, all: readonly Range[]): Range[] {
  const hits = subject.matchesOf(patterns);
  const found: Range[] = [];
  let hit = 0;
  for (const sentence of all) {
    while (hit < hits.length && (hits[hit] as Range).end <= sentence.start) hit++;
    const next = hits[hit];
    if (next && next.start < sentence.end && patterns.test(subject, sentence.start, sentence.end)) found.push(sentence);
  }
  return found;
}

function contains(outer: Range, inner: Range): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** A span that starts as a list item: indented (a blanked Markdown marker) or with a text-list marker. */
function startsListItem(text: string, range: Range): boolean {
  return /^(?:[ \t]+|[-*•·–][ \t]|\d{1,2}[.)][ \t])/.test(text.slice(range.start, range.end).replace(/^(?:\r?\n)+/, ''));
}

/**
 * Where a right's noun or verb counts: the rights sections (headings too), and elsewhere a
 * sentence that tells the reader they can act ("you can ask", "sinulla on oikeus", "du kan
 * begära") with the list it introduces when it ends in a colon. "Unauthorised access" in a
 * security section, or "poistetaan 2 vuoden kuluttua" under retention, is then no right.
 */
function rightsContexts(subject: MatchSubject, scope: SectionScope, pack: LanguagePack): Range[] {
  const { text } = subject;
  const sectionRanges = scope.withElements(RIGHTS_ELEMENTS).flatMap((section) => [section.headingRange, section.bodyRange]);
  const outside = scope.noticeSentences(text).filter((sentence) => !sectionRanges.some((range) => contains(range, sentence)));
  return merged([...sectionRanges, ...cuedSpans(subject, outside, pack.rightsContext.cue)]);
}

/** The sentences holding `cue`, each with the list it introduces when it ends in a colon ("You can:", "Oikeusperuste:"). */
function cuedSpans(subject: MatchSubject, all: readonly Range[], cue: PatternSet): Range[] {
  const { text } = subject;
  const cued = new Set(sentencesMatching(cue, subject, all));
  const spans: Range[] = [];
  for (let index = 0; index < all.length; index++) {
    const sentence = all[index] as Range;
    if (!cued.has(sentence)) continue;
    spans.push(sentence);
    if (!text.slice(sentence.start, sentence.end).trimEnd().endsWith(':')) continue;
    for (let next = index + 1; next < all.length; next++) {
      const item = all[next] as Range;
      if (next > index + 1 && !startsListItem(text, item)) break;
      spans.push(item);
      index = next;
    }
  }
  return spans;
}

function merged(ranges: readonly Range[]): Range[] {
  const sorted = ranges.filter((range) => range.end > range.start).sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  for (const range of sorted) {
    const last = out[out.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else out.push({ ...range });
  }
  return out;
}

/**
 * Rights the notice denies ("Rekisteröidyllä ei ole oikeutta vaatia tietojen korjaamista"):
 * each right named after a denial in its sentence, with the ranges where its mentions no
 * longer count — that sentence, and the section holding it (a heading "Oikeus vaatia
 * korjaamista" over a body that denies it names no right).
 */
function deniedRights(subject: MatchSubject, scope: SectionScope, pack: LanguagePack): { right: Right; ranges: Range[] }[] {
  const { text } = subject;
  const denied: { right: Right; ranges: Range[] }[] = [];
  for (const sentence of sentencesMatching(pack.rightsContext.denial, subject, scope.noticeSentences(text))) {
    const denial = pack.rightsContext.denial.first(subject, sentence.start, sentence.end);
    if (!denial) continue;
    const section = scope.at(denial.start);
    const ranges = section ? [sentence, section.headingRange, section.bodyRange] : [sentence];
    for (const [right, patterns] of pack.rights) {
      if (patterns.test(subject, denial.start, sentence.end)) denied.push({ right, ranges });
    }
  }
  return denied;
}

/** Where "transfer" means sending data abroad, so a transfer verb there is no data portability. */
function transferStatements(subject: MatchSubject, scope: SectionScope, pack: LanguagePack): Range[] {
  const { text } = subject;
  const sentencesAbroad = sentencesMatching(pack.transfer.outside, subject, scope.noticeSentences(text));
  return [...scope.bodies(scope.withElements(['transfers'])), ...sentencesAbroad];
}

function rights({ text, subject, pack }: FactInput, scope: SectionScope): RightFact[] {
  const contexts = rightsContexts(subject, scope, pack);
  const everywhere: Range[] = [{ start: 0, end: text.length }];
  const abroad = new RangeSet(transferStatements(subject, scope, pack));
  const denied = deniedRights(subject, scope, pack);
  // "Ylläpidolla on oikeus poistaa teemoja": the controller's power, not the reader's right.
  const controllersOwn = sentencesMatching(pack.rightsContext.controllerRight, subject, scope.noticeSentences(text));
  const facts: RightFact[] = [];
  for (const [right, patterns] of pack.rights) {
    const ranges = RIGHTS_NAMED_ANYWHERE.includes(right) ? everywhere : contexts;
    const notGiven = new RangeSet([...controllersOwn, ...denied.filter((denial) => denial.right === right).flatMap((denial) => denial.ranges)]);
    for (const range of inRanges(patterns, subject, ranges)) {
      if ((right === 'portability' && abroad.overlaps(range)) || notGiven.contains(range)) continue;
      facts.push({ right, range });
    }
  }
  return facts.sort((a, b) => a.range.start - b.range.start);
}

/** Ranges merged and sorted, asked by binary search: a notice may hold 100,000 sentences. */
class RangeSet {
  private readonly ranges: Range[];

  constructor(ranges: readonly Range[]) {
    this.ranges = merged(ranges);
  }

  /** The merged range that starts last at or before `offset`. */
  private before(offset: number): Range | undefined {
    return this.ranges[lastStartingAtOrBefore(this.ranges, offset, (range) => range.start)];
  }

  contains(range: Range): boolean {
    const candidate = this.before(range.start);
    return candidate !== undefined && range.end <= candidate.end;
  }

  overlaps(range: Range): boolean {
    const candidate = this.before(Math.max(range.start, range.end - 1));
    return candidate !== undefined && candidate.end > range.start && candidate.start < range.end;
  }
}

function retention({ text, subject, pack }: FactInput, scope: SectionScope): RetentionFact[] {
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
    add('period', period.matches(subject, body.start, body.end));
    add('criterion', criteria.matches(subject, body.start, body.end));
    add('vague', vague.matches(subject, body.start, body.end));
  }
  // Elsewhere, a period counts when its sentence says data is kept or deleted, and is not about a
  // cookie's lifetime. Vague wording ("as long as necessary") is a retention statement by itself.
  for (const sentence of bodySentences(text, scope)) {
    if (overlaps(sentence, retentionBodies)) continue;
    add('vague', vague.matches(subject, sentence.start, sentence.end));
    if (!verbs.test(subject, sentence.start, sentence.end) || cookies.test(subject, sentence.start, sentence.end)) continue;
    add('period', period.matches(subject, sentence.start, sentence.end));
    add('criterion', criteria.matches(subject, sentence.start, sentence.end));
  }
  return facts.sort((a, b) => a.range.start - b.range.start);
}

function transfers({ text, subject, pack, lines }: FactInput, scope: SectionScope): TransferFact[] {
  const { outside, negation, exception, scoped, euQualifier, bareNo } = pack.transfer;
  const facts: TransferFact[] = [];
  const denials: Range[] = [];
  for (const body of scope.bodies(scope.withElements(['transfers'], false))) {
    const answer = text
      .slice(body.start, body.end)
      .trim()
      .replace(/[.!]+$/, '');
    const first = bareNo.first(answer);
    if (first && first.start === 0 && first.end === answer.length) {
      const start = body.start + text.slice(body.start, body.end).indexOf(answer);
      facts.push({ kind: 'denial', range: { start, end: start + answer.length } });
    }
  }
  const all = scope.noticeSentences(text);
  for (const sentence of sentencesMatching(outside, subject, all)) {
    const where = outside.first(subject, sentence.start, sentence.end);
    if (!where || text.slice(sentence.start, sentence.end).trimEnd().endsWith('?')) continue;
    if (negation.test(subject, sentence.start, sentence.end)) {
      // "Edellä mainitun lisäksi tietoja ei siirretä …": the transfers named before it stand.
      if (scoped.test(subject, sentence.start, sentence.end)) continue;
      const conditional = exception.test(subject, sentence.start, sentence.end);
      facts.push({ kind: 'denial', range: trimmed(text, sentence), ...(conditional ? { conditional } : {}) });
      denials.push(sentence);
    } else {
      facts.push({ kind: 'transfer', range: where, statement: trimmed(text, sentence) });
    }
  }
  const denied = new Set(denials.map((denial) => denial.start));
  const qualifiedLines = new Map<number, boolean>();
  // One pass for all processors: only the clauses where one is named are looked at closer.
  const named = new RangeSet(subject.matchesOf(anyKnownProcessor()));
  for (const clause of all.filter((sentence) => !denied.has(sentence.start)).flatMap((sentence) => listItems(text, sentence))) {
    if (!named.overlaps(clause)) continue;
    // The EU-region qualifier may stand anywhere on the same line ("| Stripe | EU |", "AWS ja
    // Google Cloud EU-alueella") or in the same sentence wrapped over lines, but not in another list item.
    const line = lineAround(lines, clause);
    const qualified = qualifiedLines.get(line.start) ?? euQualifier.test(subject, line.start, line.end);
    qualifiedLines.set(line.start, qualified);
    if (qualified || euQualifier.test(subject, clause.start, clause.end)) continue;
    for (const { data, patterns } of knownProcessors()) {
      const match = patterns.first(subject, clause.start, clause.end);
      if (match) facts.push({ kind: 'processor', name: data.name, range: match });
    }
  }
  return facts.sort((a, b) => a.range.start - b.range.start);
}

/** A sentence cut where a line starts a list item (indented after a blanked marker, or a text marker). */
function listItems(text: string, sentence: Range): Range[] {
  const items: Range[] = [];
  const itemStart = /\r?\n(?=[ \t]+\S|[-*•·–][ \t]|\d{1,2}[.)][ \t])/g;
  const slice = text.slice(sentence.start, sentence.end);
  let position = 0;
  for (let match = itemStart.exec(slice); match; match = itemStart.exec(slice)) {
    items.push({ start: sentence.start + position, end: sentence.start + match.index });
    position = match.index + match[0].length;
  }
  items.push({ start: sentence.start + position, end: sentence.end });
  return items.filter((item) => item.end > item.start);
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

/** Safeguards are looked for in headings too: "Siirrot vakiolausekkeiden perusteella" names one. */
function safeguards({ text, subject, pack }: FactInput, scope: SectionScope): SafeguardFact[] {
  const bodies = [...noticeBodies(text, scope), ...scope.sections.map((section) => section.headingRange)];
  const facts: SafeguardFact[] = [];
  for (const [mechanism, patterns] of pack.transfer.safeguards) {
    for (const range of inRanges(patterns, subject, bodies)) facts.push({ mechanism, range });
  }
  for (const range of inRanges(pack.transfer.invalidMechanisms, subject, bodies)) facts.push({ mechanism: 'invalid', range });
  return facts.sort((a, b) => a.range.start - b.range.start);
}

/** Dates given as the notice's own: after a label ("Päivitetty: 1.2.2024"), alone on a line, or in metadata. */
function dates({ text, subject, pack, metadataDate, metadataDateRange }: FactInput): DateFact[] {
  const facts: DateFact[] = [];
  if (metadataDate) facts.push({ iso: metadataDate, range: metadataDateRange ?? { start: 0, end: 0 } });
  for (const label of pack.dateLabels.matches(subject)) {
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

function mentions({ subject, pack }: FactInput, scope: SectionScope): Partial<Record<ElementId, Range[]>> {
  const found: Partial<Record<ElementId, Range[]>> = {};
  const bodies = scope.bodies();
  const rightsBodies = scope.bodies(scope.withElements(RIGHTS_ELEMENTS));
  for (const [element, patterns] of pack.mentions) {
    let ranges = inRanges(patterns, subject, bodies);
    if (NOT_IN_RIGHTS_SECTIONS.includes(element)) ranges = ranges.filter((range) => !overlaps(range, rightsBodies));
    if (ranges.length > 0) found[element] = ranges;
  }
  const identities = controllerIdentities(subject, pack, bodies, found.controller ?? []);
  if (identities.length > 0) found.controller = identities;
  else delete found.controller;
  return found;
}

/**
 * The controller's identity and contact details given in running text: its role named anywhere
 * ("X is the data controller") with contact details anywhere, or an organisation (legal form,
 * business ID, kind of body) in the same section as contact details.
 */
function controllerIdentities(subject: MatchSubject, pack: LanguagePack, bodies: readonly Range[], roles: readonly Range[]): Range[] {
  const contacts = contactDetails();
  if (roles.length > 0 && contacts.test(subject)) return [...roles];
  return bodies.filter((body) => contacts.test(subject, body.start, body.end)).flatMap((body) => pack.organisationCues.matches(subject, body.start, body.end));
}

type FactFamily = keyof Facts;

/**
 * Everything rules ask about a notice's content, every fact with its range. Each family is
 * extracted on first use and kept: a run with only a few rules on never reads the rest.
 */
export function lazyFacts(input: FactInput): Facts {
  let scope: SectionScope | undefined;
  const sections = (): SectionScope => (scope ??= new SectionScope(input.sections));
  const extractors: { [Family in FactFamily]: () => Facts[Family] } = {
    legalBases: () => legalBases(input, sections()),
    legitimateInterestDescriptions: () => legitimateInterestDescriptions(input, sections()),
    rights: () => rights(input, sections()),
    retention: () => retention(input, sections()),
    transfers: () => transfers(input, sections()),
    safeguards: () => safeguards(input, sections()),
    dates: () => dates(input),
    mentions: () => mentions(input, sections()),
  };
  const facts = {};
  for (const family of Object.keys(extractors) as FactFamily[]) {
    Object.defineProperty(facts, family, {
      enumerable: true,
      configurable: true,
      get(): unknown {
        const value = extractors[family]();
        Object.defineProperty(facts, family, { value, enumerable: true });
        return value;
      },
    });
  }
  return facts as Facts;
}
