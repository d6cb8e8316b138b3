import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import type { LintResult } from '../lint-types.js';
import type { Finding, Language } from '../model/types.js';
import { RULES } from '../rules/index.js';
import { EXPLAIN_SECTION, formatArticle, formatMessage, ruleDescription } from '../rules/messages.js';
import { packageFile } from '../package-path.js';
import { positionLabel } from './place.js';

/** Kinds of findings from noticelint itself rather than a rule; described in the catalogue's descriptions. */
const CORE_KINDS: Record<string, 'error' | 'warning'> = {
  fatal: 'error',
  encoding: 'warning',
  'not-a-notice': 'warning',
  'unknown-rule': 'error',
  'unused-disable-directive': 'error',
};

const LEVELS: Record<string, Sarif.ReportingConfiguration.level> = { off: 'none', warn: 'warning', error: 'error' };

function sarifRuleId(finding: Finding): string {
  if (finding.ruleId) return finding.ruleId;
  return finding.fatal ? 'fatal' : finding.messageId;
}

function ruleHelp(id: string): string | undefined {
  try {
    return readFileSync(packageFile(`docs/rules/${id}.md`), 'utf8');
  } catch {
    return undefined;
  }
}

function ruleDescriptors(locale: Language): Sarif.ReportingDescriptor[] {
  const fromRules = RULES.map(({ meta }): Sarif.ReportingDescriptor => {
    const markdown = ruleHelp(meta.id);
    const description = ruleDescription(meta.id, locale);
    const help = formatMessage(locale, EXPLAIN_SECTION, 'help', { description, article: formatArticle(meta.article, locale), rule: meta.id });
    return {
      id: meta.id,
      shortDescription: { text: description },
      // The Markdown documentation is English; it is there for viewers that show only one help text.
      help: { text: help, ...(markdown ? { markdown } : {}) },
      defaultConfiguration: { level: LEVELS[meta.defaultSeverity] ?? 'warning', enabled: meta.defaultSeverity !== 'off' },
      properties: {
        gdprArticle: formatArticle(meta.article, 'en'),
        messageIds: [...meta.messageIds],
        fixable: meta.fixable ?? false,
        tags: ['gdpr', 'privacy-notice'],
      },
    };
  });
  const core = Object.entries(CORE_KINDS).map(([id, level]): Sarif.ReportingDescriptor => ({
    id,
    shortDescription: { text: ruleDescription(id, locale) },
    defaultConfiguration: { level },
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

/** The region keeps the documented line and column; a DOCX or PDF position also says where its reader finds it ("¶12", "p. 3 l. 12"). */
function location(uri: string, finding: Finding, locale: Language): Sarif.Location {
  return { physicalLocation: physical(uri, finding), ...(finding.place ? { message: { text: positionLabel(finding, locale) } } : {}) };
}

function toResult(finding: Finding, uri: string, ruleIndex: Map<string, number>, fixDescription: string, locale: Language): Sarif.Result {
  const ruleId = sarifRuleId(finding);
  const index = ruleIndex.get(ruleId);
  return {
    ruleId,
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: finding.severity === 2 ? 'error' : 'warning',
    message: { text: finding.message },
    locations: [location(uri, finding, locale)],
    ...(finding.relatedLocations
      ? {
          relatedLocations: finding.relatedLocations.map((related, id) => ({
            id,
            physicalLocation: physical(uri, related),
            message: { text: related.message },
          })),
        }
      : {}),
    ...(finding.fix
      ? {
          fixes: [
            {
              description: { text: fixDescription },
              artifactChanges: [
                {
                  artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
                  replacements: [
                    {
                      deletedRegion: { charOffset: finding.fix.range[0], charLength: finding.fix.range[1] - finding.fix.range[0] },
                      insertedContent: { text: finding.fix.text },
                    },
                  ],
                },
              ],
            },
          ],
        }
      : {}),
    properties: { messageId: finding.messageId, ...(finding.fatal ? { fatal: true } : {}), ...(finding.place ? { place: finding.place } : {}) },
  };
}

/** SARIF 2.1.0 for GitHub code scanning and other viewers, one run; rule texts in `context.locale` (default English), findings as they were worded. */
export function formatSarif(results: readonly LintResult[], context: { cwd: string; version: string; locale?: Language }): string {
  const locale = context.locale ?? 'en';
  const rules = ruleDescriptors(locale);
  const fixDescription = formatMessage(locale, EXPLAIN_SECTION, 'fix');
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
        results: results.flatMap((result) => result.messages.map((finding) => toResult(finding, uriOf(result.filePath), ruleIndex, fixDescription, locale))),
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
