import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

describe('the code itself', () => {
  it('passes Biome (lint rules and formatting, biome.json): npm run lint', () => {
    const run = spawnSync(join(root, 'node_modules', '.bin', 'biome'), ['check', '--colors=off', '--max-diagnostics=20'], { cwd: root, encoding: 'utf8' });
    expect(run.status, `${run.stdout}${run.stderr}\nFix with: npm run lint:fix`).toBe(0);
  });
});
