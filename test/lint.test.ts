import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const bin = (name: string): string => join(root, 'node_modules', '.bin', name);

describe('the code itself (npm run lint)', () => {
  it('passes ESLint (eslint.config.js: recommended and typescript-eslint rules)', () => {
    const run = spawnSync(bin('eslint'), ['.'], { cwd: root, encoding: 'utf8' });
    expect(run.status, `${run.stdout}${run.stderr}\nFix with: npm run lint:fix`).toBe(0);
  });
  it('is formatted as Prettier formats it (.prettierrc.json)', () => {
    const run = spawnSync(bin('prettier'), ['--check', 'src', 'test', 'bench', 'scripts', 'bin'], { cwd: root, encoding: 'utf8' });
    expect(run.status, `${run.stdout}${run.stderr}\nFix with: npm run lint:fix`).toBe(0);
  });
});
