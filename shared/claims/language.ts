/**
 * Which of the languages the claim readers know (English, German, Spanish, Italian, French) an article is
 * in, for reading its numbers, units and dates. The article's own language comes first (declared or
 * detected at import); this guess by function words is for articles that have none.
 */
import type { FigureLanguage } from './figures';

const PROFILES: Record<FigureLanguage, Set<string>> = {
  en: new Set('the of and to in is that was for on with as by at from it said he has have are were this'.split(' ')),
  de: new Set('der die das und ist nicht mit von den dem des ein eine sich auf für im zu wurde sind auch nach'.split(' ')),
  es: new Set('el la los las de que y en un una del por con para se es al lo como más fue son'.split(' ')),
  it: new Set('il lo la gli le di che e un una del della per con non sono è alla nel dei anche come'.split(' ')),
  fr: new Set('le la les de des du et est une un que qui dans pour pas sur au aux ont été il elle ce cette avec par plus'.split(' ')),
};

/** The article's language if one we read, from its declared code ("de-DE" → de) or its words. */
export function readingLanguage(text: string, declared?: string | null): FigureLanguage {
  const code = declared?.slice(0, 2).toLowerCase();
  if (code === 'en' || code === 'de' || code === 'es' || code === 'it' || code === 'fr') return code;
  const words = text.slice(0, 4000).toLowerCase().match(/\p{L}+/gu) ?? [];
  let best: FigureLanguage = 'en';
  let bestCount = 0;
  for (const [lang, profile] of Object.entries(PROFILES) as [FigureLanguage, Set<string>][]) {
    const count = words.filter((w) => profile.has(w)).length;
    if (count > bestCount) [best, bestCount] = [lang, count];
  }
  return best;
}
