// npm run accuracy: lints fixtures/corpus/notices and fixtures/seeds with the built engine and
// scores the findings against their hand labels. Prints, per rule and messageId, found/expected
// and forbidden hits, the overall recall and forbidden rate, then every miss and false finding.
//   node bench/accuracy.mjs [--json] [--update-ratchet]
// --update-ratchet writes bench/accuracy-ratchet.json, but only toward the goal: recall never
// goes down and the forbidden rate never up.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { score } from './accuracy-score.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RATCHET = join(root, 'bench', 'accuracy-ratchet.json');
export const REFERENCE_DATE = new Date('2026-11-22T00:00:00Z');

/** The labelled sets: folder of notices and its labels file. */
export const LABELLED_SETS = [
  { name: 'corpus', folder: join(root, 'fixtures', 'corpus', 'notices'), labels: join(root, 'fixtures', 'corpus', 'labels.yaml') },
  { name: 'seeds', folder: join(root, 'fixtures', 'seeds'), labels: join(root, 'fixtures', 'seeds', 'expected.yaml') },
];

async function measure(lintFile, set) {
  const labels = parse(readFileSync(set.labels, 'utf8'));
  const findings = new Map();
  for (const file of readdirSync(set.folder).sort()) {
    if (!(file in labels)) continue;
    const result = await lintFile(join(set.folder, file), { now: REFERENCE_DATE }, set.folder);
    findings.set(file, result.messages);
  }
  return score(labels, findings);
}

const pct = (value) => value.toFixed(3);

function printScore(name, result) {
  const out = [];
  out.push(
    `\n== ${name}: recall ${pct(result.recall)} (${result.found}/${result.expected}), forbidden ${pct(result.forbiddenRate)} (${result.forbidHits}/${result.forbidTotal})`,
  );
  const width = Math.max(...result.rows.map((entry) => entry.key.length), 10);
  out.push(`${'rule/messageId'.padEnd(width)}  found/expected  forbidden hits/labels`);
  for (const entry of result.rows) {
    const found = entry.expected ? `${entry.found}/${entry.expected}` : '-';
    const forbidden = entry.forbidTotal ? `${entry.forbidHits}/${entry.forbidTotal}` : '-';
    out.push(`${entry.key.padEnd(width)}  ${found.padStart(14)}  ${forbidden.padStart(21)}`);
  }
  if (result.misses.length) {
    out.push(`\nmisses (${result.misses.length}):`);
    for (const miss of result.misses) out.push(`  ${miss.file}: ${miss.label}`);
  }
  if (result.falseFindings.length) {
    out.push(`\nfalse findings (${result.falseFindings.length}):`);
    for (const wrong of result.falseFindings) out.push(`  ${wrong.file}:${wrong.line} ${wrong.label} — ${wrong.message}`);
  }
  return out.join('\n');
}

function updateRatchet(corpus) {
  const current = JSON.parse(readFileSync(RATCHET, 'utf8'));
  const next = {
    ...current,
    recall: Math.max(current.recall, Math.floor(corpus.recall * 1000) / 1000),
    forbiddenRate: Math.min(current.forbiddenRate, Math.ceil(corpus.forbiddenRate * 1000) / 1000),
  };
  writeFileSync(RATCHET, `${JSON.stringify(next, null, 2)}\n`);
  return next;
}

async function main() {
  const { lintFile } = await import(join(root, 'dist', 'tooling.js'));
  const results = {};
  for (const set of LABELLED_SETS) results[set.name] = await measure(lintFile, set);
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  } else {
    for (const [name, result] of Object.entries(results)) process.stdout.write(`${printScore(name, result)}\n`);
    const ratchet = JSON.parse(readFileSync(RATCHET, 'utf8'));
    process.stdout.write(
      `\nratchet: recall ≥ ${ratchet.recall}, forbidden ≤ ${ratchet.forbiddenRate} (goal: recall ≥ ${ratchet.goal.recall}, forbidden ≤ ${ratchet.goal.forbiddenRate})\n`,
    );
  }
  if (process.argv.includes('--update-ratchet')) {
    const next = updateRatchet(results.corpus);
    process.stdout.write(`ratchet now: recall ≥ ${next.recall}, forbidden ≤ ${next.forbiddenRate}\n`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
