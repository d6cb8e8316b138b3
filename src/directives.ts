import { formatNamed, locatorFor, type CommentSyntax, type Locator } from './formats/index.js';
import type { Finding, Language, SourceKind } from './model/types.js';
import { coreMessage } from './rules/messages.js';
import { findComments } from './text/html.js';
import { closest } from './text/suggest.js';

/**
 * Inline disable comments, in markdownlint's vocabulary with ESLint's "-- reason":
 * `<!-- noticelint-disable rule-a, rule-b -- why -->` in Markdown and plain text,
 * `# noticelint-disable-next-line rule-a` in YAML: each format says how it writes comments.
 */
export const DIRECTIVE_KINDS = ['disable-next-line', 'disable-line', 'disable-file', 'disable', 'enable'] as const;
export type DirectiveKind = (typeof DIRECTIVE_KINDS)[number];

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids it names; empty means every rule. */
  rules: string[];
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The comment, as offsets into the source. */
  range: { start: number; end: number };
  /** The reason after ` -- `, as ESLint keeps it for suppressed messages; '' without one. */
  justification: string;
}

const BODY = new RegExp(`^\\s*noticelint-(${DIRECTIVE_KINDS.join('|')})(?![\\w-])([^]*)$`);

function parseBody(body: string): Pick<Directive, 'kind' | 'rules' | 'justification'> | undefined {
  const match = BODY.exec(body);
  if (!match) return undefined;
  const [list = '', ...reason] = (match[2] ?? '').split(/(?:^|\s)--(?:\s|$)/);
  return { kind: match[1] as DirectiveKind, rules: list.split(/[\s,]+/).filter(Boolean), justification: reason.join(' -- ').trim() };
}

function htmlCommentRanges(source: string): { start: number; end: number; body: string }[] {
  return findComments(source).map(({ start, end }) => ({ start, end, body: source.slice(start + 4, end - 3) }));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Line comments that hold a directive: the marker at a line start or after a blank, then the directive. */
function lineCommentRanges(source: string, marker: string): { start: number; end: number; body: string }[] {
  const pattern = new RegExp(`(?:^|[ \\t])${escapeRegExp(marker)}[ \\t]*noticelint-(?:${DIRECTIVE_KINDS.join('|')})(?![\\w-])[^\\r\\n]*`, 'gm');
  return [...source.matchAll(pattern)].map((match) => {
    const start = match.index + match[0].indexOf(marker);
    const end = match.index + match[0].length;
    return { start, end, body: source.slice(start + marker.length, end) };
  });
}

function commentRanges(source: string, syntax: CommentSyntax): { start: number; end: number; body: string }[] {
  return syntax.kind === 'line' ? lineCommentRanges(source, syntax.marker) : htmlCommentRanges(source);
}

/**
 * The directives in `source`, positioned as the format of that name positions findings;
 * `fileLocator` is the file's locator when the caller has one (the linter's source object).
 */
export function findDirectives(source: string, kind: SourceKind, fileLocator?: Locator): Directive[] {
  if (!source.includes('noticelint-')) return [];
  const format = formatNamed(kind);
  const lines = fileLocator ?? locatorFor(format, source);
  const comments = commentRanges(source, format.comments);
  return comments.flatMap(({ start, end, body }) => {
    const parsed = parseBody(body);
    if (!parsed) return [];
    const from = lines.position(start);
    const to = lines.position(end);
    return [{ ...parsed, line: from.line, column: from.column, endLine: to.line, endColumn: to.column, range: { start, end } }];
  });
}

interface Usage {
  directive: Directive;
  used: Set<string>;
}

/** Block disable state at a point: either "all off, except …" or "these off". */
class BlockState {
  private allOff: Usage | undefined;
  private readonly exceptions = new Set<string>();
  private readonly off = new Map<string, Usage>();

  apply(usage: Usage): void {
    const { kind, rules } = usage.directive;
    if (rules.length === 0) {
      this.allOff = kind === 'disable' ? usage : undefined;
      this.exceptions.clear();
      this.off.clear();
      return;
    }
    for (const rule of rules) {
      if (kind === 'disable' && this.allOff) this.exceptions.delete(rule);
      else if (kind === 'disable') this.off.set(rule, usage);
      else if (this.allOff) this.exceptions.add(rule);
      else this.off.delete(rule);
    }
  }

  disabling(rule: string): Usage | undefined {
    if (this.allOff) return this.exceptions.has(rule) ? undefined : this.allOff;
    return this.off.get(rule);
  }
}

function covers(usage: Usage, rule: string): boolean {
  return usage.directive.rules.length === 0 || usage.directive.rules.includes(rule);
}

function directiveFinding(directive: Directive, messageId: string, message: string): Finding {
  const { line, column, endLine, endColumn } = directive;
  return { ruleId: null, messageId, severity: 2, message, line, column, endLine, endColumn };
}

export interface DirectiveOptions {
  /** Report directives that suppress nothing (--report-unused-disable-directives). */
  reportUnused?: boolean;
  /** Every rule id, to report names that are none. */
  knownRules: readonly string[];
  /** Language of the findings about directives. */
  locale: Language;
}

/** A finding a directive silenced, with that directive (ESLint keeps these as `suppressedMessages`). */
export interface Suppression {
  finding: Finding;
  directive: Directive;
}

/**
 * Drops the findings that directives disable, adds findings about the directives themselves,
 * and returns the dropped ones with the directive that silenced each.
 */
export function sortByDirectives(
  findings: readonly Finding[],
  directives: readonly Directive[],
  options: DirectiveOptions,
): { kept: Finding[]; suppressed: Suppression[] } {
  if (directives.length === 0) return { kept: [...findings], suppressed: [] };
  const suppressed: Suppression[] = [];
  const usages = directives.map((directive) => ({ directive, used: new Set<string>() }));
  const fileWide = usages.filter((usage) => usage.directive.kind === 'disable-file');
  const lineWide = usages.filter((usage) => usage.directive.kind === 'disable-line' || usage.directive.kind === 'disable-next-line');
  const blocks = usages.filter((usage) => usage.directive.kind === 'disable' || usage.directive.kind === 'enable');
  const state = new BlockState();
  let next = 0;
  const kept: Finding[] = [];
  const ordered = [...findings].sort((a, b) => a.line - b.line || a.column - b.column);
  for (const finding of ordered) {
    const block = blocks[next];
    for (
      let current = block;
      current && (current.directive.line < finding.line || (current.directive.line === finding.line && current.directive.column <= finding.column));
      current = blocks[++next]
    ) {
      state.apply(current);
    }
    const rule = finding.ruleId;
    if (rule === null || finding.fatal) {
      kept.push(finding);
      continue;
    }
    const targetLine = (usage: Usage): number => (usage.directive.kind === 'disable-line' ? usage.directive.line : usage.directive.endLine + 1);
    const by =
      fileWide.find((usage) => covers(usage, rule)) ??
      lineWide.find((usage) => targetLine(usage) === finding.line && covers(usage, rule)) ??
      state.disabling(rule);
    if (by) {
      by.used.add(rule);
      suppressed.push({ finding, directive: by.directive });
    } else kept.push(finding);
  }
  const extra: Finding[] = [];
  for (const { directive, used } of usages) {
    for (const rule of directive.rules.filter((id) => !options.knownRules.includes(id))) {
      const suggestion = closest(rule, options.knownRules);
      const data = { rule, directive: directive.kind, ...(suggestion ? { suggestion } : {}) };
      extra.push(directiveFinding(directive, 'unknown-rule', coreMessage(options.locale, suggestion ? 'unknown-rule-suggestion' : 'unknown-rule', data)));
    }
    if (!options.reportUnused || directive.kind === 'enable') continue;
    if (directive.rules.length === 0 && used.size === 0) {
      extra.push(
        directiveFinding(directive, 'unused-disable-directive', coreMessage(options.locale, 'unused-disable-directive', { directive: directive.kind })),
      );
    }
    const unused = directive.rules.filter((id) => options.knownRules.includes(id) && !used.has(id));
    if (unused.length > 0) {
      const rules = unused.map((id) => `"${id}"`).join(', ');
      extra.push(
        directiveFinding(
          directive,
          'unused-disable-directive',
          coreMessage(options.locale, 'unused-disable-directive-rules', { directive: directive.kind, rules }),
        ),
      );
    }
  }
  return { kept: [...kept, ...extra].sort((a, b) => a.line - b.line || a.column - b.column), suppressed };
}
