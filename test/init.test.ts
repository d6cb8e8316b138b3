import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigResolver } from '../src/config/resolve.js';
import { runCli, tempTree } from './helpers.js';

const NOTICE_FILES = { fi: 'tietosuojaseloste.yaml', sv: 'integritetspolicy.yaml', en: 'privacy-notice.yaml' } as const;
const PLACEHOLDERS = { fi: 'Kuvaa tähän', sv: 'Beskriv här', en: 'Describe here' } as const;

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; messageId: string; line: number; fatal?: boolean }[];
}

describe('noticelint init', () => {
  it.each(Object.keys(NOTICE_FILES) as (keyof typeof NOTICE_FILES)[])(
    'writes a commented configuration and a %s notice template that template-leftover reports section by section',
    async (language) => {
      const folder = await tempTree({});
      const created = await runCli(['init', '--language', language], folder);
      expect(created.code).toBe(0);
      expect(created.stdout).toContain(`Created ${NOTICE_FILES[language]}`);

      const config = readFileSync(join(folder, '.noticelintrc.yaml'), 'utf8');
      expect(config).toMatch(/^# /m);
      expect(config).toMatch(new RegExp(`^language: ${language}$`, 'm'));
      // The written configuration is valid: loading it throws no ConfigError.
      expect(new ConfigResolver({ kind: 'search' }).settingsFor(join(folder, NOTICE_FILES[language])).configPath).toBe(join(folder, '.noticelintrc.yaml'));

      const template = readFileSync(join(folder, NOTICE_FILES[language]), 'utf8');
      const elements = [...template.matchAll(/^ {2}- element: (\S+)$/gm)].map((match) => match[1]);
      expect(elements).toEqual([
        'controller',
        'dpo',
        'purposes',
        'legal-basis',
        'legitimate-interests',
        'categories',
        'recipients',
        'transfers',
        'retention',
        'rights',
        'withdraw-consent',
        'complaint',
        'requirement',
        'automated-decisions',
      ]);
      const placeholderLines = template.split('\n').flatMap((line, index) => (line.includes(`text: ${PLACEHOLDERS[language]}`) ? [index + 1] : []));
      expect(placeholderLines).toHaveLength(14);

      const { code, stdout } = await runCli(['--format', 'json'], folder);
      expect(code).toBe(1);
      const [result] = JSON.parse(stdout) as JsonResult[];
      expect(result?.filePath).toBe(NOTICE_FILES[language]);
      // One finding per unfilled section, and nothing else: the other rules leave placeholders alone.
      expect(result?.messages.map((message) => [message.ruleId, message.messageId, message.line])).toEqual(
        placeholderLines.map((line) => ['template-leftover', 'leftover', line]),
      );
    },
  );

  it('without --language, the configuration says language: auto (the template is Finnish)', async () => {
    const folder = await tempTree({});
    expect((await runCli(['init'], folder)).code).toBe(0);
    const config = readFileSync(join(folder, '.noticelintrc.yaml'), 'utf8');
    expect(config).toMatch(/^language: auto$/m);
    expect(config).not.toMatch(/^language: (fi|sv|en)$/m);
    expect(existsSync(join(folder, NOTICE_FILES.fi))).toBe(true);
    const settings = new ConfigResolver({ kind: 'search' }).settingsFor(join(folder, NOTICE_FILES.fi));
    expect(settings.options.defaultLanguage).toBe('auto');
  });

  it('never overwrites: an existing file is left byte for byte, the other is still written, exit 2', async () => {
    const folder = await tempTree({ '.noticelintrc.yaml': 'rules:\n  html-remnant: off\n' });
    const hash = (): string =>
      createHash('sha256')
        .update(readFileSync(join(folder, '.noticelintrc.yaml')))
        .digest('hex');
    const before = hash();
    const run = await runCli(['init'], folder);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('noticelint: .noticelintrc.yaml already exists; left unchanged.\n');
    expect(hash()).toBe(before);
    expect(existsSync(join(folder, 'tietosuojaseloste.yaml'))).toBe(true);
    const again = await runCli(['init'], folder);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('tietosuojaseloste.yaml already exists');
  });
});
