import { elementsSupersededBy, type LanguagePack } from '../lexicon/index.js';
import type { ElementId } from '../model/types.js';

/** The canonical elements a heading names, in lexicon order; [] when it names none ("other"). */
export function classifyHeading(heading: string, pack: LanguagePack): ElementId[] {
  const found: ElementId[] = [];
  for (const [element, patterns] of pack.headings) {
    if (patterns.test(heading)) found.push(element);
  }
  const superseded = new Set(found.flatMap((element) => elementsSupersededBy(element)));
  return found.filter((element) => !superseded.has(element));
}
