/** Dates as notices write them: 6.10.2021, 2021-10-06, 6/10/2021, "March 3, 2024", "3 mars 2024", "3. maaliskuuta 2024". */

const NUMERIC = /(?<![\d.])(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})\s?[./]\s?(\d{1,2})\s?[./]\s?(\d{4}))(?![\d])/;

function iso(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1970 || year > 2200) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

/** The first date in `text`, with where it stands. `months` are month-name stems, January first (lexicon `months`). */
export function findDate(text: string, months: readonly string[] = []): FoundDate | undefined {
  const found: FoundDate[] = [];
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const [, y, m, d, d2, m2, y2] = numeric;
    const value = y ? iso(Number(y), Number(m), Number(d)) : iso(Number(y2), Number(m2), Number(d2));
    if (value) found.push({ iso: value, index: numeric.index, length: numeric[0].length });
  }
  const named = namedDate(text, months);
  if (named) found.push(named);
  return found.sort((a, b) => a.index - b.index)[0];
}

function monthIndex(word: string, months: readonly string[]): number {
  const lower = word.toLowerCase();
  const index = months.findIndex((stem) => {
    const bare = stem.replace(/\*$/, '').toLowerCase();
    return stem.endsWith('*') ? lower.startsWith(bare) : lower === bare;
  });
  // The lexicon may list abbreviations after the twelve full names (en: jan, feb …).
  return index === -1 ? -1 : index % 12;
}

const DAY_MONTH_YEAR = /(?<!\d)(\d{1,2})\.?\s+(\p{L}+)\s+(\d{4})(?!\d)/u;
const MONTH_DAY_YEAR = /(?<!\p{L})(\p{L}+)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/u;

function namedDate(text: string, months: readonly string[]): FoundDate | undefined {
  if (months.length === 0) return undefined;
  const dayFirst = DAY_MONTH_YEAR.exec(text);
  if (dayFirst) {
    const month = monthIndex(dayFirst[2] ?? '', months);
    const value = month === -1 ? undefined : iso(Number(dayFirst[3]), month + 1, Number(dayFirst[1]));
    if (value) return { iso: value, index: dayFirst.index, length: dayFirst[0].length };
  }
  const monthFirst = MONTH_DAY_YEAR.exec(text);
  if (monthFirst) {
    const month = monthIndex(monthFirst[1] ?? '', months);
    const value = month === -1 ? undefined : iso(Number(monthFirst[3]), month + 1, Number(monthFirst[2]));
    if (value) return { iso: value, index: monthFirst.index, length: monthFirst[0].length };
  }
  return undefined;
}

/** Whole months from `from` to `to` (ISO dates), rounded down. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}
