import type { Language, Place } from '../model/types.js';
import { reportText } from '../rules/messages.js';

/** A position as its reader finds it: "¶12" in a Word document, "p. 3 l. 12" in a PDF, else "line:column". */
export function positionLabel(position: { line: number; column: number; place?: Place }, locale: Language): string {
  const { place } = position;
  if (place?.kind === 'paragraph') return reportText(locale, 'place-paragraph', { paragraph: place.paragraph });
  if (place?.kind === 'page') return reportText(locale, 'place-page', { page: place.page, line: place.line });
  return `${position.line}:${position.column}`;
}
