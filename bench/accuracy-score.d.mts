export interface Label {
  rule: string;
  messageId?: string;
  line?: number;
}
export interface Expectation {
  expect?: Label[];
  anyOf?: Label[][];
  forbid?: Label[];
}
export interface ScoredFinding {
  ruleId: string | null;
  messageId?: string;
  line: number;
  message: string;
}
export interface ScoreRow {
  key: string;
  found: number;
  expected: number;
  forbidHits: number;
  forbidTotal: number;
}
export interface Score {
  rows: ScoreRow[];
  misses: { file: string; label: string }[];
  falseFindings: { file: string; label: string; line: number; message: string }[];
  found: number;
  expected: number;
  forbidHits: number;
  forbidTotal: number;
  recall: number;
  forbiddenRate: number;
}
export function matches(finding: ScoredFinding, label: Label): boolean;
export function showLabel(label: Label): string;
export function score(labels: Readonly<Record<string, Expectation>>, findingsByFile: ReadonlyMap<string, readonly ScoredFinding[]>): Score;
