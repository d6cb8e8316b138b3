import { Chalk, type ChalkInstance } from 'chalk';
import type { LintResult } from '../lint-types.js';
import type { Finding, Language } from '../model/types.js';
import { countOf, reportText } from '../rules/messages.js';
import { positionLabel } from './place.js';
import { formatAll, type FormatStream } from './stream.js';

export interface StylishOptions {
  color: boolean;
  /** Language of the summary lines (default English). */
  locale?: Language;
  /** Terminal columns: messages wrap to fit. Without it nothing wraps, so each finding stays one line for grep. */
  width?: number;
}

/** Below this many columns for the message, wrapping would make a word per line: the message wraps at this width anyway. */
const MIN_MESSAGE_WIDTH = 30;

/** Whether to colour: never with NO_COLOR set or when writing to a file or pipe; FORCE_COLOR forces it. */
export function wantsColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}

/** Words → lines of at most `width` characters joined by single spaces; a longer word gets a line of its own. */
export function wrapWords(words: readonly string[], width: number): string[][] {
  const lines: string[][] = [];
  let line: string[] = [];
  let length = 0;
  for (const word of words) {
    if (line.length > 0 && length + 1 + word.length > width) {
      lines.push(line);
      line = [];
      length = 0;
    }
    length += (line.length > 0 ? 1 : 0) + word.length;
    line.push(word);
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

interface Row {
  position: string;
  level: 'error' | 'warning';
  message: string;
  rule: string;
  /** Related locations (the text a finding was concluded from), each on its own line under the message. */
  related: { position: string; message: string }[];
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `locale` words a DOCX or PDF position ("p. 3 l. 12"): the language of the file's messages. */
function row(message: Finding, locale: Language): Row {
  return {
    position: positionLabel(message, locale),
    level: message.severity === 2 ? 'error' : 'warning',
    message: oneLine(message.message),
    rule: message.ruleId ?? (message.fatal ? 'fatal' : message.messageId),
    related: (message.relatedLocations ?? []).map((related) => ({ position: positionLabel(related, locale), message: oneLine(related.message) })),
  };
}

/** Words laid out from `indent` within `width` (all on one line without a width), continuation lines under the first. */
function wrapped(words: readonly string[], indent: number, width: number | undefined): string[] {
  if (width === undefined) return [words.join(' ')];
  return wrapWords(words, Math.max(MIN_MESSAGE_WIDTH, width - indent)).map((line) => line.join(' '));
}

/**
 * Position and level are padded to line up; the message is not, since the longest message
 * would pad every line to its length. With a terminal width the message and rule id wrap,
 * continuation lines indented under the message. A related location hangs under its finding's
 * message, so the eye reads it as part of that message.
 */
function table(rows: readonly Row[], chalk: ChalkInstance, width: number | undefined): string {
  const positionWidth = Math.max(...rows.map((row) => row.position.length));
  const levelWidth = Math.max(...rows.map((row) => row.level.length));
  const relatedPositionWidth = Math.max(0, ...rows.flatMap((row) => row.related.map((related) => related.position.length)));
  const indent = 2 + positionWidth + 2 + levelWidth + 2;
  return rows
    .map(({ position, level, message, rule, related }) => {
      const paddedLevel = level.padEnd(levelWidth);
      const head = `  ${chalk.dim(position.padEnd(positionWidth))}  ${level === 'error' ? chalk.red(paddedLevel) : chalk.yellow(paddedLevel)}  `;
      const relatedLines = related.flatMap((location) => {
        const prefix = `↳ ${location.position.padEnd(relatedPositionWidth)}  `;
        return wrapped(location.message.split(' '), indent + prefix.length, width).map(
          (line, index) => ' '.repeat(indent) + chalk.dim(`${index === 0 ? prefix : ' '.repeat(prefix.length)}${line}`),
        );
      });
      if (width === undefined) return [`${head}${message}  ${chalk.dim(rule)}`, ...relatedLines].join('\n');
      // The rule id is the last word, one space wider for the two that separate it from the message.
      const lines = wrapWords([...message.split(' '), ` ${rule}`], Math.max(MIN_MESSAGE_WIDTH, width - indent));
      const messageLines = lines.map((line, index) => {
        const last = index === lines.length - 1;
        const words = last ? line.slice(0, -1).join(' ') : line.join(' ');
        const text = last ? `${words}${words ? '  ' : ''}${chalk.dim(rule)}` : words;
        return `${index === 0 ? head : ' '.repeat(indent)}${text}`;
      });
      return [...messageLines, ...relatedLines].join('\n');
    })
    .join('\n');
}

/** ESLint's "stylish" layout: a block per file, then a summary line. */
export function formatStylish(results: readonly LintResult[], options: StylishOptions): string {
  return formatAll(stylishStream(options), results, options.locale ?? 'en');
}

/** Stylish block by block: each file's block as its result arrives, the summary at the end. */
export function stylishStream(options: Omit<StylishOptions, 'locale'>): FormatStream {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  let blocks = 0;
  let errors = 0;
  let warnings = 0;
  let fixable = 0;
  return {
    add(result) {
      if (result.messages.length === 0) return '';
      errors += result.errorCount;
      warnings += result.warningCount;
      fixable += result.fixableErrorCount + result.fixableWarningCount;
      return `${blocks++ === 0 ? '\n' : '\n\n'}${chalk.underline(result.filePath)}\n${table(
        result.messages.map((message) => row(message, result.locale ?? 'en')),
        chalk,
        options.width,
      )}`;
    },
    end(locale) {
      if (errors + warnings === 0) return '';
      const counts = {
        problems: countOf(locale, 'problems', errors + warnings),
        errors: countOf(locale, 'errors', errors),
        warnings: countOf(locale, 'warnings', warnings),
      };
      const summary = `✖ ${reportText(locale, 'summary', counts)}`;
      const paint = errors > 0 ? chalk.red.bold : chalk.yellow.bold;
      const fixLine = fixable > 0 ? `\n${paint(`  ${reportText(locale, 'fixable', { problems: countOf(locale, 'problems', fixable) })}`)}` : '';
      return `\n\n${paint(summary)}${fixLine}\n`;
    },
  };
}
