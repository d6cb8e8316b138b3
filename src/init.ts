import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA } from './generated/data.js';
import type { Language } from './model/types.js';
import { packageFile } from './package-path.js';

export interface NewFile {
  name: string;
  content: string;
}

function template(name: string): string {
  return readFileSync(packageFile(`templates/${name}`), 'utf8');
}

/** The notice template's language when `init` is given none. */
export const DEFAULT_TEMPLATE_LANGUAGE: Language = 'fi';

/**
 * The files `noticelint init` writes: a commented configuration and an unfilled notice template.
 * Without a language the configuration says `auto`: a folder of notices in several languages
 * is the common case, and a wrong fixed language would lint each notice with the wrong words.
 */
export function initFiles(language: Language | undefined, today: string): NewFile[] {
  const templateLanguage = language ?? DEFAULT_TEMPLATE_LANGUAGE;
  return [
    { name: '.noticelintrc.yaml', content: template('noticelintrc.yaml').replace('{{language}}', language ?? 'auto') },
    { name: DATA.languages[templateLanguage].initFileName, content: template(`notice.${templateLanguage}.yaml`).replace('{{date}}', today) },
  ];
}

export interface InitOutcome {
  created: string[];
  existing: string[];
}

/** Writes each file that does not exist yet; an existing file is never replaced (O_EXCL). */
export function writeNewFiles(folder: string, files: readonly NewFile[]): InitOutcome {
  const outcome: InitOutcome = { created: [], existing: [] };
  for (const file of files) {
    try {
      writeFileSync(join(folder, file.name), file.content, { flag: 'wx' });
      outcome.created.push(file.name);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      outcome.existing.push(file.name);
    }
  }
  return outcome;
}
