/**
 * A short English notice the report and matrix tests share: controller, purposes, basis and a
 * vague retention period, one element per heading; the line numbers are in the comments.
 */
export const NORTHWIND_LINES: readonly string[] = [
  '# Privacy notice', // 1
  '', // 2
  '## Controller', // 3
  '', // 4
  'Northwind Ltd, Main Street 1, 00100 Helsinki, privacy@northwind.fi.', // 5
  '', // 6
  '## Purposes of processing', // 7
  '', // 8
  'We process the data to deliver the newsletter.', // 9
  '', // 10
  '## Legal basis', // 11
  '', // 12
  'Consent, GDPR Art. 6(1)(a).', // 13
  '', // 14
  '## Retention period', // 15
  '', // 16
  'The data is kept as long as necessary.', // 17
  '', // 18
];
