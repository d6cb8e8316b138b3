// Runs before `npm test`: builds, then installs the real components the end-to-end tests use
// (Debian's pre-commit and git, and chromium for the html report's browser test) when they are
// missing. Where it cannot install, it says so and the tests that need them fail with the install
// command; nothing is skipped.
import { execFileSync, spawnSync } from 'node:child_process';

const DEBIAN_PACKAGES = { 'pre-commit': 'pre-commit', git: 'git', chromium: 'chromium' };
const INSTALL_COMMAND = `apt-get update && apt-get install -y ${Object.values(DEBIAN_PACKAGES).join(' ')}`;

function has(command) {
  return spawnSync(command, ['--version'], { stdio: 'ignore' }).status === 0;
}

execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });

const missing = Object.keys(DEBIAN_PACKAGES).filter((command) => !has(command));
if (missing.length > 0) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && has('apt-get')) {
    console.error(`pretest: installing ${missing.join(', ')} from Debian: ${INSTALL_COMMAND}`);
    execFileSync('sh', ['-c', INSTALL_COMMAND], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } else {
    console.error(`pretest: ${missing.join(', ')} missing and cannot be installed here; as root run: ${INSTALL_COMMAND}`);
  }
}
