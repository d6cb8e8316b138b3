// Types for scripts/languages.mjs, which the tests import.
export function discoverLanguages(root: string): string[];
export function missingLanguageParts(root: string, languages: readonly string[]): string[];
export function languagesModule(languages: readonly string[]): string;
export function fillLanguageEnums(text: string, languages: readonly string[]): string;
