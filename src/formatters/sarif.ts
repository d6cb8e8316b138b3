import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import type { LintResult } from '../engine.js';
import type { Finding } from '../model/types.js';
import { RULES } from '../rules/index.js';

/** Findings that come from noticelint itself rather than a rule (unreadable files, directives, encoding). */
const CORE_DESCRIPTIONS: Record<string, string> = {
  fatal: 'The file could not be read or parsed as a notice; nothing in it was checked.',
  encoding: 'The file is not valid UTF-8 and was read with a guessed encoding.',
  'unknown-rule': 'A noticelint-disable comment names a rule that does not exist.',
  'unused-disable-directive': 'A noticelint-disable comment suppresses nothing.',
};

const LEVELS: Record<string, Sarif.ReportingConfiguration.level> = { off: 'none', warn: 'warning', error: 'error' };

function sarifRuleId(finding: Finding): string {
  if (finding.ruleId) return finding.ruleId;
  return finding.fatal ? 'fatal' : finding.messageId;
}

function ruleHelp(id: string): string | undefined {
  try {
    return readFileSync(new URL(`../../docs/rules/${id}.md`, import.meta.url), 'utf8');
  } catch {
    return undefined;
  }
}

function ruleDescriptors(): Sarif.ReportingDescriptor[] {
  const fromRules = RULES.map(({ meta }): Sarif.ReportingDescriptor => {
    const markdown = ruleHelp(meta.id);
    return {
      id: meta.id,
      shortDescription: { text: meta.description },
      help: { text: `${meta.description} GDPR Art. ${meta.article}. Run "noticelint explain ${meta.id}" for examples.`, ...(markdown ? { markdown } : {}) },
      defaultConfiguration: { level: LEVELS[meta.defaultSeverity] ?? 'warning', enabled: meta.defaultSeverity !== 'off' },
      properties: { gdprArticle: `Art. ${meta.article}`, messageIds: [...meta.messageIds], fixable: meta.fixable ?? false, tags: ['gdpr', 'privacy-notice'] },
    };
  });
  const core = Object.entries(CORE_DESCRIPTIONS).map(([id, text]): Sarif.ReportingDescriptor => ({
    id,
    shortDescription: { text },
    defaultConfiguration: { level: id === 'encoding' ? 'warning' : 'error' },
  }));
  return [...fromRules, ...core];
}

function uriOf(filePath: string): string {
  return filePath.split(/[\\/]/).map(encodeURIComponent).join('/');
}

function region(position: Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'>): Sarif.Region {
  return { startLine: position.line, startColumn: position.column, endLine: position.endLine, endColumn: position.endColumn };
}

function physical(uri: string, position: Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'>): Sarif.PhysicalLocation {
  return { artifactLocation: { uri, uriBaseId: '%SRCROOT%' }, region: region(position) };
}

function toResult(finding: Finding, uri: string, ruleIndex: Map<string, number>): Sarif.Result {
  const ruleId = sarifRuleId(finding);
  const index = ruleIndex.get(ruleId);
  return {
    ruleId,
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: finding.severity === 2 ? 'error' : 'warning',
    message: { text: finding.message },
    locations: [{ physicalLocation: physical(uri, finding) }],
    ...(finding.relatedLocations
      ? { relatedLocations: finding.relatedLocations.map((related, id) => ({ id, physicalLocation: physical(uri, related), message: { text: related.message } })) }
      : {}),
    ...(finding.fix
      ? {
          fixes: [
            {
              description: { text: 'noticelint --fix' },
              artifactChanges: [
                {
                  artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
                  replacements: [{ deletedRegion: { charOffset: finding.fix.range[0], charLength: finding.fix.range[1] - finding.fix.range[0] }, insertedContent: { text: finding.fix.text } }],
                },
              ],
            },
          ],
        }
      : {}),
    properties: { messageId: finding.messageId, ...(finding.fatal ? { fatal: true } : {}) },
  };
}

/** SARIF 2.1.0, one run, for GitHub code scanning and other SARIF viewers. */
export function formatSarif(results: readonly LintResult[], context: { cwd: string; version: string }): string {
  const rules = ruleDescriptors();
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'noticelint', version: context.version, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(context.cwd.endsWith('/') ? context.cwd : `${context.cwd}/`).href } },
        artifacts: results.map((result) => ({ location: { uri: uriOf(result.filePath), uriBaseId: '%SRCROOT%' } })),
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: true }],
        results: results.flatMap((result) => result.messages.map((finding) => toResult(finding, uriOf(result.filePath), ruleIndex))),
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
