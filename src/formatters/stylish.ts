import { Chalk, type ChalkInstance } from 'chalk';
import type { LintResult } from '../engine.js';
import type { Finding } from '../model/types.js';

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

interface Row {
  position: string;
  level: string;
  message: string;
  rule: string;
  /** Related locations, each printed on its own line under the message. */
  related: { position: string; message: string }[];
}

function row(message: Finding): Row {
  return {
    position: `${message.line}:${message.column}`,
    level: message.severity === 2 ? 'error' : 'warning',
    message: oneLine(message.message),
    rule: message.ruleId ?? (message.fatal ? 'fatal' : message.messageId),
    related: (message.relatedLocations ?? []).map((related) => ({ position: `${related.line}:${related.column}`, message: oneLine(related.message) })),
  };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/**
 * The findings as aligned columns. A related location (the text a finding was concluded from)
 * hangs under its finding's message, so the eye reads it as part of that message.
 */
function table(rows: readonly Row[], chalk: ChalkInstance): string {
  const width = (cell: (row: Row) => string): number => Math.max(0, ...rows.map((entry) => cell(entry).length));
  const positionWidth = width((entry) => entry.position);
  const levelWidth = width((entry) => entry.level);
  const messageWidth = width((entry) => entry.message);
  const relatedPositionWidth = Math.max(0, ...rows.flatMap((entry) => entry.related.map((related) => related.position.length)));
  const hanging = ' '.repeat(2 + positionWidth + 2 + levelWidth + 2);
  return rows
    .flatMap((entry) => {
      const paddedLevel = entry.level.padEnd(levelWidth);
      const line = [
        '  ' + chalk.dim(entry.position.padEnd(positionWidth)),
        entry.level === 'error' ? chalk.red(paddedLevel) : entry.level === 'warning' ? chalk.yellow(paddedLevel) : paddedLevel,
        entry.message.padEnd(messageWidth),
        chalk.dim(entry.rule),
      ]
        .join('  ')
        .trimEnd();
      const relatedLines = entry.related.map((related) => hanging + chalk.dim(`↳ ${related.position.padEnd(relatedPositionWidth)}  ${related.message}`));
      return [line, ...relatedLines];
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
    blocks.push(`${chalk.underline(result.filePath)}\n${table(result.messages.map(row), chalk)}`);
  }
  if (errors + warnings === 0) return '';
  const total = errors + warnings;
  const summary = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
  const paint = errors > 0 ? chalk.red.bold : chalk.yellow.bold;
  const fixLine = fixable > 0 ? `\n${paint(`  ${plural(fixable, 'problem')} potentially fixable with the \`--fix\` option.`)}` : '';
  return `\n${blocks.join('\n\n')}\n\n${paint(summary)}${fixLine}\n`;
}
