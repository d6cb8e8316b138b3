import { lintText } from '../src/linter.js';
import type { LintOptions } from '../src/lint-types.js';
import type { Finding } from '../src/model/types.js';
import { RULES } from '../src/rules/index.js';
import type { RuleSetting } from '../src/lint-types.js';

/** A fixed reference date, so notice-date findings do not change with the calendar. */
export const REFERENCE_DATE = new Date('2026-11-22T00:00:00Z');

export async function lint(source: string, filePath = 'notice.md', options: LintOptions = {}): Promise<Finding[]> {
  return (await lintText(source, filePath, { now: REFERENCE_DATE, ...options })).messages;
}

/** Findings of one rule as [messageId, line, column] triples. */
export function of(findings: readonly Finding[], ruleId: string): [string, number, number][] {
  return findings.filter((finding) => finding.ruleId === ruleId).map((finding) => [finding.messageId, finding.line, finding.column]);
}

/** Lints with only `ruleId` on, so other rules' findings do not interfere. */
export async function lintRule(ruleId: string, source: string, filePath = 'notice.md', options: LintOptions = {}): Promise<[string, number, number][]> {
  const rules = onlyRules({ [ruleId]: options.rules?.[ruleId] ?? 'error' });
  return of(await lint(source, filePath, { ...options, rules }), ruleId);
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliTerminal {
  /** Text on standard input, for --stdin. */
  stdin?: string | Buffer;
  /** Pretend stdout is a terminal this many columns wide. */
  columns?: number;
}

/** Runs the CLI in-process with captured output, as `noticelint …args` in `cwd`. */
export async function runCli(args: readonly string[], cwd: string, terminal: CliTerminal = {}): Promise<CliRun> {
  const { main } = await import('../src/cli.js');
  let stdout = '';
  let stderr = '';
  const { stdin, columns } = terminal;
  const code = await main(['node', 'noticelint', ...args], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    isTTY: columns !== undefined,
    ...(columns !== undefined ? { columns } : {}),
    ...(stdin !== undefined ? { readStdin: () => Promise.resolve(Buffer.from(stdin)) } : {}),
    cwd,
  });
  return { code, stdout, stderr };
}

/** A temporary folder holding `files` (relative path → content). */
export async function tempTree(files: Readonly<Record<string, string | Buffer>>): Promise<string> {
  const { mkdirSync, mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { dirname, join } = await import('node:path');
  const root = mkdtempSync(join(tmpdir(), 'noticelint-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/** Rule settings with every rule off except those given. */
export function onlyRules(on: Readonly<Record<string, RuleSetting>>): Record<string, RuleSetting> {
  return { ...Object.fromEntries(RULES.map((rule) => [rule.meta.id, 'off' as const])), ...on };
}
