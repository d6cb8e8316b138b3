import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA } from './generated/data.js';
import type { Language } from './model/types.js';

export interface NewFile {
  name: string;
  content: string;
}

function template(name: string): string {
  return readFileSync(new URL(`../templates/${name}`, import.meta.url), 'utf8');
}

/** The files `noticelint init` writes: a commented configuration and an unfilled notice template. */
export function initFiles(language: Language, today: string): NewFile[] {
  return [
    { name: '.noticelintrc.yaml', content: template('noticelintrc.yaml').replace('{{language}}', language) },
    { name: DATA.languages[language].initFileName, content: template(`notice.${language}.yaml`).replace('{{date}}', today) },
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
