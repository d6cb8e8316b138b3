import { Chalk, type ChalkInstance } from 'chalk';
import type { LintResult } from '../engine.js';

export interface StylishOptions {
  color: boolean;
}

/** Whether to colour: never with NO_COLOR set or when writing to a file or pipe; FORCE_COLOR forces it. */
export function wantsColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['FORCE_COLOR'] !== undefined && env['FORCE_COLOR'] !== '0') return true;
  return stream.isTTY === true;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function table(rows: string[][], chalk: ChalkInstance): string {
  const widths = rows.reduce<number[]>((max, row) => row.map((cell, i) => Math.max(max[i] ?? 0, cell.length)), []);
  return rows
    .map((row) => {
      const [position = '', level = '', message = '', rule = ''] = row;
      const paddedLevel = level.padEnd(widths[1] ?? 0);
      return [
        '  ' + chalk.dim(position.padEnd(widths[0] ?? 0)),
        level === 'error' ? chalk.red(paddedLevel) : level === 'warning' ? chalk.yellow(paddedLevel) : paddedLevel,
        message.padEnd(widths[2] ?? 0),
        chalk.dim(rule),
      ].join('  ').trimEnd();
    })
    .join('\n');
}

/** ESLint's "stylish" layout: a block per file, then a summary line. */
export function formatStylish(results: readonly LintResult[], options: StylishOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const blocks: string[] = [];
  let errors = 0;
  let warnings = 0;
  let fixable = 0;
  for (const result of results) {
    if (result.messages.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    fixable += result.fixableErrorCount + result.fixableWarningCount;
    const rows = result.messages.map((message) => [
      `${message.line}:${message.column}`,
      message.severity === 2 ? 'error' : 'warning',
      message.message.replace(/\s+/g, ' '),
      message.ruleId ?? (message.fatal ? 'fatal' : message.messageId),
    ]);
    blocks.push(`${chalk.underline(result.filePath)}\n${table(rows, chalk)}`);
  }
  if (errors + warnings === 0) return '';
  const total = errors + warnings;
  const summary = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
  const paint = errors > 0 ? chalk.red.bold : chalk.yellow.bold;
  const fixLine = fixable > 0 ? `\n${paint(`  ${plural(fixable, 'problem')} potentially fixable with the \`--fix\` option.`)}` : '';
  return `\n${blocks.join('\n\n')}\n\n${paint(summary)}${fixLine}\n`;
}
