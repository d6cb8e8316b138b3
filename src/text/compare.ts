/**
 * Orders two strings by UTF-16 code units, as `<` does. For rule ids (lowercase ASCII and
 * hyphens) and ISO dates this is the order `localeCompare` gives, without starting ICU's
 * collator (about 7 ms on the first call, on every run's path).
 */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
