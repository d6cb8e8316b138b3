import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { excludedBy, parseRuleOption, printableConfig, splitNegatedPatterns } from './cli-options.js';
import { discover } from './discover.js';
import type { LintOptions, LintResult, RuleSetting } from './lint-types.js';
import { lintStandardInput, readProcessStdin, STDIN_NAME } from './stdin.js';
import { isUrl, lintUrl } from './lint-url.js';
import { defaultThreads, lintFilesInOrder } from './parallel.js';
import { FORMATS, type Format } from './formatters/index.js';
import { wantsColor } from './formatters/stylish.js';
import { LANGUAGES, PROFILES, type Language, type Profile } from './model/types.js';
import { NOTICE_EXTENSIONS } from './formats/index.js';
import { kindOf, parseNotice } from './parse/index.js';
import { ConfigError } from './config/load.js';
import { ConfigResolver, type ConfigMode, type FileSettings } from './config/resolve.js';
import { readNoticeSource } from './lint-files.js';
import { RULES, RULES_BY_ID } from './rules/index.js';
import { EXPLAIN_SECTION, formatArticle, formatMessage, reportText, ruleDescription } from './rules/messages.js';
import type { RuleMeta } from './rules/rule.js';
import { messageCatalogue } from './lexicon/index.js';
import { closest } from './text/suggest.js';
import { ignoredFileResult, selectFiles, type Selection } from './select.js';
import { packageFile } from './package-path.js';
import { inShard, parseShard, type Shard } from './shard.js';
import { CACHE_STRATEGIES, cacheFilePath, lintThroughCache, type CacheStrategy } from './lint-cache.js';
import { createReporter, EXIT_LINT_ERRORS, EXIT_OK, type Reporter } from './report.js';

export { EXIT_LINT_ERRORS, EXIT_OK };
export const EXIT_USAGE = 2;

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  cwd: string;
  /** Terminal width of stdout when it is a terminal; stylish wraps to it. */
  columns?: number;
  /** Standard input, for --stdin (default: the process's). */
  readStdin?: () => Promise<Uint8Array>;
}

interface LintFlags {
  format: Format;
  maxWarnings?: number;
  quiet?: boolean;
  profile?: Profile;
  language?: Language | 'auto';
  locale?: Language;
  printModel?: string;
  outputFile?: string;
  referenceDate?: string;
  maxFileSize?: number;
  color?: boolean;
  /** A file to use instead of searching, or false for --no-config. */
  config?: string | false;
  reportUnusedDisableDirectives?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  concurrency?: number;
  stdin?: boolean;
  stdinFilename?: string;
  printConfig?: string;
  /** false for --no-inline-config. */
  inlineConfig?: boolean;
  /** --rule values, merged in order. */
  rule?: Record<string, RuleSetting>;
  ignorePattern?: string[];
  shard?: Shard;
  cache?: boolean;
  cacheLocation?: string;
  cacheStrategy?: CacheStrategy;
}

function version(): string {
  const manifest = JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

function integer(name: string): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value)) throw new CommanderError(EXIT_USAGE, 'noticelint.invalidArgument', `${name} must be a whole number, got "${value}".`);
    return Number(value);
  };
}

/** --max-warnings: a count, or -1 for no limit (ESLint's default). */
function warningLimit(value: string): number {
  if (!/^(?:\d+|-1)$/.test(value)) {
    throw new CommanderError(EXIT_USAGE, 'noticelint.invalidArgument', `--max-warnings must be a whole number or -1 (no limit), got "${value}".`);
  }
  return Number(value);
}

function shardOption(value: string): Shard {
  const shard = parseShard(value);
  if (!shard)
    throw new CommanderError(EXIT_USAGE, 'noticelint.invalidArgument', `--shard must be i/n, whole numbers with 1 <= i <= n (e.g. 2/4), got "${value}".`);
  return shard;
}

function ruleOption(value: string, previous: Record<string, RuleSetting> | undefined): Record<string, RuleSetting> {
  try {
    return { ...previous, ...parseRuleOption(value) };
  } catch (error) {
    if (error instanceof ConfigError) throw new CommanderError(EXIT_USAGE, 'noticelint.invalidArgument', `invalid --rule "${value}": ${error.message}`);
    throw error;
  }
}

function repeated(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new CommanderError(EXIT_USAGE, 'noticelint.invalidArgument', `--reference-date must be YYYY-MM-DD, got "${value}".`);
  }
  return value;
}

async function printModel(path: string, flags: LintFlags, io: Io): Promise<number> {
  const notice = await parseNotice(await readNoticeSource(path, flags.maxFileSize), kindOf(path), {
    ...(flags.language ? { language: flags.language } : {}),
    ...(flags.profile ? { profile: flags.profile } : {}),
  });
  // Loaded here: printing the model is a debugging command, and YAML output is its own code.
  const { toYamlNotice } = await import('./print-model.js');
  io.stdout(toYamlNotice(notice));
  return EXIT_OK;
}

/** Combinations ESLint refuses, with its wording: standard input has no file to fix or to resolve a configuration for. */
function conflictingFlags(flags: LintFlags): string | undefined {
  if (flags.fix && flags.fixDryRun) return 'The --fix option and the --fix-dry-run option cannot be used together.';
  if (flags.stdin && flags.fix) return 'The --fix option is not available for piped-in code; use --fix-dry-run instead.';
  if (flags.stdin && flags.printConfig) return 'The --print-config option is not available for piped-in code.';
  return undefined;
}

async function reporter(flags: LintFlags, io: Io): Promise<Reporter> {
  const color = flags.outputFile ? false : (flags.color ?? wantsColor({ isTTY: io.isTTY }));
  const width = !flags.outputFile && io.isTTY ? io.columns : undefined;
  const context = { color, cwd: io.cwd, version: version(), ...(flags.locale ? { locale: flags.locale } : {}), ...(width ? { width } : {}) };
  return createReporter(flags.format, context, { ...flags, ...(flags.outputFile ? { outputFile: resolve(io.cwd, flags.outputFile) } : {}) }, io);
}

/** Settings for files, or undefined after reporting an invalid configuration. */
function resolveSettings(files: readonly string[], options: LintOptions, flags: LintFlags, io: Io): Map<string, FileSettings> | undefined {
  try {
    const resolver = new ConfigResolver(configMode(flags.config, io.cwd));
    return new Map(files.map((file) => [file, resolver.settingsFor(file, options)]));
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`noticelint: invalid configuration ${error.location}: ${error.message}\n`);
      return undefined;
    }
    throw error;
  }
}

/** --stdin: the text read is linted as if it were --stdin-filename, whose extension and configuration apply. */
async function lintStdin(flags: LintFlags, options: LintOptions, io: Io): Promise<number> {
  const name = flags.stdinFilename ?? STDIN_NAME;
  const path = resolve(io.cwd, name);
  const settings = resolveSettings([path], options, flags, io)?.get(path);
  if (!settings) return EXIT_USAGE;
  // A file the configuration ignores is not linted, as ESLint skips an ignored --stdin-filename.
  if (settings.ignored) return (await reporter(flags, io)).finish();
  const filePath = flags.stdinFilename ? relative(io.cwd, path) || name : STDIN_NAME;
  const bytes = await (io.readStdin ?? readProcessStdin)();
  const report = await reporter(flags, io);
  report.add(await lintStandardInput(bytes, filePath, settings.options));
  return report.finish();
}

function printConfig(file: string, options: LintOptions, flags: LintFlags, io: Io): number {
  const path = resolve(io.cwd, file);
  const settings = resolveSettings([path], options, flags, io)?.get(path);
  if (!settings) return EXIT_USAGE;
  io.stdout(`${JSON.stringify(printableConfig(settings, io.cwd), null, 2)}\n`);
  return EXIT_OK;
}

async function lint(patterns: string[], flags: LintFlags, io: Io): Promise<number> {
  if (flags.printModel) return printModel(flags.printModel, flags, io);
  const conflict = conflictingFlags(flags);
  if (conflict) {
    io.stderr(`noticelint: ${conflict}\n`);
    return EXIT_USAGE;
  }
  const options: LintOptions = {
    ...(flags.profile ? { profile: flags.profile } : {}),
    ...(flags.language ? { language: flags.language } : {}),
    ...(flags.locale ? { locale: flags.locale } : {}),
    ...(flags.referenceDate ? { now: new Date(`${flags.referenceDate}T00:00:00Z`) } : {}),
    ...(flags.maxFileSize ? { maxFileSize: flags.maxFileSize } : {}),
    ...(flags.reportUnusedDisableDirectives ? { reportUnusedDisableDirectives: true } : {}),
    ...(flags.fix ? { fix: true } : {}),
    ...(flags.fixDryRun ? { fixDryRun: true } : {}),
    ...(flags.inlineConfig === false ? { allowInlineConfig: false } : {}),
    ...(flags.rule ? { rules: flags.rule } : {}),
  };
  if (flags.printConfig) return printConfig(flags.printConfig, options, flags, io);
  if (flags.stdin) return lintStdin(flags, options, io);
  const { include: inputs, exclude } = splitNegatedPatterns(patterns);
  const urls = inputs.filter(isUrl);
  const include = inputs.filter((input) => !isUrl(input));
  const fetched = urls.length > 0 ? await lintUrls(urls, options, flags, io) : [];
  if (!fetched) return EXIT_USAGE;
  if (urls.length > 0 && include.length === 0) {
    const report = await reporter(flags, io);
    for (const result of fetched) report.add(result);
    return report.finish();
  }
  const excluded = excludedBy([...exclude, ...(flags.ignorePattern ?? [])], io.cwd);
  const found = await discover(include, io.cwd);
  const discovery = { files: found.files.filter((file) => !excluded(file.path)), ignored: found.ignored.filter((file) => !excluded(file.path)) };
  const settings = resolveSettings(
    [...discovery.files, ...discovery.ignored].map((file) => file.path),
    options,
    flags,
    io,
  );
  if (!settings) return EXIT_USAGE;
  const selected = selectFiles(discovery, (file) => settings.get(file));
  if (selected.lint.length === 0 && selected.ignored.length === 0) {
    io.stderr(`noticelint: no notice files (${NOTICE_EXTENSIONS.join(' ')}) found in ${patterns.join(' ') || '.'}\n`);
    return EXIT_USAGE;
  }
  const selection = flags.shard ? shardOfSelection(selected, flags.shard, io.cwd) : selected;
  const detect = new Set(selection.lint.filter((file) => file.detect).map((file) => file.path));
  const optionsFor = (file: string): LintOptions => {
    const fileOptions = settings.get(file)?.options ?? options;
    return detect.has(file) ? { ...fileOptions, detectNotice: true } : fileOptions;
  };
  const threads = flags.concurrency ?? defaultThreads();
  const lintPaths = (paths: readonly string[], emit: (result: LintResult) => void): Promise<void> => lintFilesInOrder(paths, optionsFor, io.cwd, threads, emit);
  const paths = selection.lint.map((file) => file.path);
  const report = await reporter(flags, io);
  const emit = (result: LintResult): void => report.add(result);
  if (flags.cache) {
    const cache = {
      location: cacheFilePath(flags.cacheLocation, io.cwd),
      strategy: flags.cacheStrategy ?? 'content',
      version: version(),
      fixing: flags.fix === true || flags.fixDryRun === true,
    };
    await lintThroughCache(paths, optionsFor, io.cwd, cache, lintPaths, emit, (warning) => io.stderr(`noticelint: ${warning}\n`));
  } else await lintPaths(paths, emit);
  for (const result of fetched) report.add(result);
  // Ignored files named on the command line (pre-commit passes them) get a note, as in ESLint; the
  // note is not counted against --max-warnings, so that an ignore never blocks a commit.
  for (const file of selection.ignored) report.add(ignoredFileResult(file, io.cwd), false);
  return report.finish();
}

/** --shard: this job's part of the files; a shard left empty is a clean run, not "no files found". */
function shardOfSelection(selection: Selection, shard: Shard, cwd: string): Selection {
  return {
    lint: selection.lint.filter((file) => inShard(file.path, shard, cwd)),
    ignored: selection.ignored.filter((file) => inShard(file.path, shard, cwd)),
  };
}

/**
 * URL inputs, one after another: the configuration of the current folder applies to them as to
 * its files (its file patterns cannot match a URL). Undefined after reporting an invalid configuration.
 */
async function lintUrls(urls: readonly string[], options: LintOptions, flags: LintFlags, io: Io): Promise<LintResult[] | undefined> {
  const standIn = resolve(io.cwd, 'index.html');
  const settings = resolveSettings([standIn], options, flags, io)?.get(standIn);
  if (!settings) return undefined;
  const results: LintResult[] = [];
  for (const url of urls) results.push(await lintUrl(url, settings.options));
  return results;
}

function configMode(config: string | false | undefined, cwd: string): ConfigMode {
  if (config === false) return { kind: 'none' };
  return config === undefined ? { kind: 'search' } : { kind: 'file', path: resolve(cwd, config) };
}

async function init(language: Language | undefined, io: Io): Promise<number> {
  const { initFiles, writeNewFiles } = await import('./init.js');
  const today = new Date().toISOString().slice(0, 10);
  const { created, existing } = writeNewFiles(io.cwd, initFiles(language, today));
  for (const name of created) io.stdout(`Created ${name}\n`);
  for (const name of existing) io.stderr(`noticelint: ${name} already exists; left unchanged.\n`);
  if (created.some((name) => name.endsWith('.yaml') && !name.startsWith('.'))) {
    io.stdout('Fill in the notice template, then run: npx noticelint\n');
  }
  return existing.length > 0 ? EXIT_USAGE : EXIT_OK;
}

function listRules(locale: Language, io: Io): number {
  const rows = RULES.map(({ meta }) => [
    meta.id,
    meta.defaultSeverity,
    formatArticle(meta.article, locale),
    meta.fixable ? reportText(locale, 'fixable-column') : '',
    ruleDescription(meta.id, locale),
  ]);
  const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  for (const row of rows)
    io.stdout(
      `${row
        .map((cell, column) => (column < 4 ? cell.padEnd(widths[column] ?? 0) : cell))
        .join('  ')
        .trimEnd()}\n`,
    );
  return EXIT_OK;
}

function explainRule(ruleId: string, locale: Language, io: Io): number {
  const rule = RULES_BY_ID.get(ruleId);
  if (!rule) {
    const suggestion = closest(ruleId, [...RULES_BY_ID.keys()]);
    io.stderr(`noticelint: unknown rule "${ruleId}"${suggestion ? ` (did you mean ${suggestion}?)` : ''}. See: noticelint rules\n`);
    return EXIT_USAGE;
  }
  io.stdout(readFileSync(packageFile(`docs/rules/${ruleId}.md`), 'utf8'));
  io.stdout(`\n${explainSummary(rule.meta, locale)}`);
  return EXIT_OK;
}

function lintOptionsHelp(command: Command): string {
  const help = command.createHelp();
  help.prepareContext({ helpWidth: help.helpWidth ?? 80 });
  const width = help.longestOptionTermLength(command, help);
  const rows = help.visibleOptions(command).map((option) => help.formatItem(help.optionTerm(option), width, help.optionDescription(option), help));
  return `\n${help.formatItemList('Options of lint, the default command (noticelint [options] [paths...]):', rows, help).join('\n')}\n`;
}

/** The part of `explain` in the user's language: description, article, severity and the messages as written. */
function explainSummary(meta: RuleMeta, locale: Language): string {
  const text = (key: string, data: Record<string, string> = {}): string => formatMessage(locale, EXPLAIN_SECTION, key, data);
  const templates = Object.entries(messageCatalogue(locale)[meta.id] ?? {}).map(([id, template]) => `  ${id}: ${template}\n`);
  return [
    `${ruleDescription(meta.id, locale)}\n`,
    `${text('gdpr', { article: formatArticle(meta.article, locale) })}\n`,
    `${text('default', { severity: meta.defaultSeverity })}${meta.fixable ? ` ${text('fixable')}` : ''}\n`,
    `${text('messages')}\n`,
    ...templates,
  ].join('');
}

export function buildProgram(io: Io, setExitCode: (code: number) => void): Command {
  const program = new Command('noticelint')
    .description('Lint GDPR Art. 13/14 privacy notices (Markdown, YAML, plain text, HTML, or a page at a URL; Finnish, Swedish, English).')
    .version(version(), '-v, --version')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();
  const lintCommand = program
    .command('lint', { isDefault: true })
    .description('lint notice files, folders, globs or http(s) URLs (default: the current folder)')
    .argument('[paths...]', 'files, folders, globs or http(s) URLs')
    .addOption(new Option('-f, --format <name>', 'output format').choices(FORMATS).default('stylish'))
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this; -1 = no limit (default)', warningLimit)
    .option('-q, --quiet', 'report errors only')
    .addOption(new Option('--profile <profile>', 'required elements: art13 (collected from the person) or art14').choices(PROFILES))
    .addOption(new Option('--language <lang>', 'language of the notices').choices(['auto', ...LANGUAGES]))
    .addOption(new Option('--locale <lang>', "language of the messages (default: each notice's own)").choices(LANGUAGES))
    .option('-o, --output-file <file>', 'write the report to a file')
    .option('--print-model <file>', 'print the canonical model of a notice as a YAML notice')
    .option('--reference-date <yyyy-mm-dd>', 'date notice-date measures age against (default: today)', isoDate)
    .option('--max-file-size <bytes>', 'larger files are reported, not read (default 5 MiB)', integer('--max-file-size'))
    .option('--fix', 'apply the safe fixes (html-remnant, unambiguous section numbers) and write the files back')
    .option('--fix-dry-run', 'compute the fixes without writing them (the fixed text is "output" in -f json)')
    .option('--stdin', 'lint standard input')
    .option('--stdin-filename <file>', 'name of the --stdin text: its extension decides the format, its folder the configuration')
    .option('--print-config <file>', 'print the configuration that file is linted with, as JSON')
    .option('--no-inline-config', 'ignore noticelint-disable comments')
    .option(
      '--rule <rule>',
      'rule setting over the configuration, e.g. \'notice-date: off\' or \'{"notice-date": ["warn", {"maxAgeMonths": 12}]}\' (repeatable)',
      ruleOption,
    )
    .option('--ignore-pattern <pattern>', 'skip files matching this .gitignore-style pattern, relative to the current folder (repeatable)', repeated)
    .option('-c, --config <file>', 'use this configuration file instead of searching upward for one')
    .option('--no-config', 'use no configuration file')
    .option('--report-unused-disable-directives', 'report noticelint-disable comments that suppress nothing')
    .option('--concurrency <n>', 'worker threads for runs of 500 files or more (default: the number of CPUs; 1 = none)', integer('--concurrency'))
    .option('--cache', "lint only files that changed since the last --cache run; the others' results come from the cache file")
    .option('--cache-location <path>', 'the cache file, or a folder to keep it in (default: .noticelintcache)')
    .addOption(
      new Option('--cache-strategy <strategy>', 'how a changed file is told: content (a hash of its bytes) or metadata (size and time)')
        .choices(CACHE_STRATEGIES)
        .default('content'),
    )
    .option('--shard <i/n>', 'lint only part i of n of the files (a stable split by path, for CI matrices)', shardOption)
    .option('--no-color', 'never colour the output')
    .action(async (paths: string[], flags: LintFlags, command: Command) => {
      // --no-color makes commander default color to true; only an explicit flag overrides the terminal check.
      const { color, ...rest } = flags;
      setExitCode(await lint(paths, command.getOptionValueSource('color') === 'cli' ? { ...rest, color: color ?? false } : rest, io));
    });
  // `noticelint --help` is what users type; lint being the default command, show its options there too.
  program.addHelpText('after', () => lintOptionsHelp(lintCommand));
  program
    .command('init')
    .description('write a commented .noticelintrc.yaml and a YAML notice template with every Art. 13 element')
    .addOption(
      new Option('--language <lang>', 'language of the notices: written into the configuration, and of the template (default: auto, template fi)').choices(
        LANGUAGES,
      ),
    )
    .action(async (flags: { language?: Language }) => setExitCode(await init(flags.language, io)));
  program
    .command('rules')
    .description('list the rules with their default severity and GDPR article')
    .addOption(new Option('--locale <lang>', 'language of the descriptions').choices(LANGUAGES).default('en'))
    .action((flags: { locale: Language }) => setExitCode(listRules(flags.locale, io)));
  program
    .command('explain')
    .description("print a rule's documentation: what, why, GDPR article, a bad and a good example")
    .argument('<rule>', 'rule id, e.g. retention-period')
    .addOption(new Option('--locale <lang>', 'language of the summary and messages (the documentation itself is English)').choices(LANGUAGES).default('en'))
    .action((ruleId: string, flags: { locale: Language }) => setExitCode(explainRule(ruleId, flags.locale, io)));
  return program;
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  let exitCode = EXIT_OK;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv]);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT_OK;
      if (error.code.startsWith('noticelint.')) io.stderr(`noticelint: ${error.message}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`noticelint: ${(error as Error).message}\n`);
    return EXIT_USAGE;
  }
}
