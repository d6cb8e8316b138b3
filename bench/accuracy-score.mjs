// Scores findings against hand labels (fixtures/seeds/expected.yaml, fixtures/corpus/labels.yaml).
// A label names a rule, optionally a messageId and a line:
//   expect — must be reported; anyOf — each inner list needs one reported; forbid — must not be.
// Recall counts every expect entry and every anyOf group once; the forbidden rate is the share of
// forbid entries that some finding matches.

/** @param {{ruleId: string|null, messageId?: string, line: number}} finding */
export function matches(finding, label) {
  return (
    finding.ruleId === label.rule &&
    (label.messageId === undefined || finding.messageId === label.messageId) &&
    (label.line === undefined || finding.line === label.line)
  );
}

export function showLabel(label) {
  return `${label.rule}${label.messageId ? `/${label.messageId}` : ''}${label.line ? ` @${label.line}` : ''}`;
}

function keyOf(label) {
  return label.messageId ? `${label.rule}/${label.messageId}` : label.rule;
}

function row(rows, key) {
  let entry = rows.get(key);
  if (!entry) {
    entry = { key, found: 0, expected: 0, forbidHits: 0, forbidTotal: 0 };
    rows.set(key, entry);
  }
  return entry;
}

/**
 * @param {Record<string, {expect?: object[], anyOf?: object[][], forbid?: object[]}>} labels
 * @param {Map<string, {ruleId: string|null, messageId?: string, line: number, message: string}[]>} findingsByFile
 */
export function score(labels, findingsByFile) {
  const rows = new Map();
  const misses = [];
  const falseFindings = [];
  let found = 0;
  let expected = 0;
  let forbidHits = 0;
  let forbidTotal = 0;
  for (const [file, expectation] of Object.entries(labels)) {
    const findings = findingsByFile.get(file) ?? [];
    const reported = (label) => findings.some((finding) => matches(finding, label));
    for (const label of expectation.expect ?? []) {
      const entry = row(rows, keyOf(label));
      entry.expected++;
      expected++;
      if (reported(label)) {
        entry.found++;
        found++;
      } else misses.push({ file, label: showLabel(label) });
    }
    for (const group of expectation.anyOf ?? []) {
      const entry = row(rows, group.map(keyOf).join(' | '));
      entry.expected++;
      expected++;
      if (group.some(reported)) {
        entry.found++;
        found++;
      } else misses.push({ file, label: group.map(showLabel).join(' | ') });
    }
    for (const label of expectation.forbid ?? []) {
      const entry = row(rows, keyOf(label));
      entry.forbidTotal++;
      forbidTotal++;
      const wrong = findings.filter((finding) => matches(finding, label));
      if (wrong.length > 0) {
        entry.forbidHits++;
        forbidHits++;
        for (const finding of wrong) falseFindings.push({ file, label: showLabel(label), line: finding.line, message: finding.message });
      }
    }
  }
  return {
    rows: [...rows.values()].sort((a, b) => a.key.localeCompare(b.key)),
    misses,
    falseFindings,
    found,
    expected,
    forbidHits,
    forbidTotal,
    recall: expected === 0 ? 1 : found / expected,
    forbiddenRate: forbidTotal === 0 ? 0 : forbidHits / forbidTotal,
  };
}
