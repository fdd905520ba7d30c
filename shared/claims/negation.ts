/**
 * Negation cues of a claim ("not", "never", "n't", "no", "without", "denied"; "nicht", "kein", "no",
 * "non"…), with offsets, so a flag can ask whether a cue sits in the part of a pair that differs.
 * "nor" and "neither" are left out: they continue a negation already made ("no degradation nor
 * escalation" says what "no degradation or escalation" says).
 */
export interface NegationCue {
  text: string;
  start: number;
  end: number;
}

const NEGATION_RE =
  /\b(?:not|no|never|none|nobody|nothing|nowhere|without|cannot|denied|denies|deny|\w+n['’]t|nicht|kein|keine|keinen|keiner|niemals|nie|nunca|nada|nadie|ningún|ninguna|sin|non|nessun|nessuna|niente|senza)\b/gi;

export function findNegations(text: string): NegationCue[] {
  return [...text.matchAll(NEGATION_RE)].map((m) => ({ text: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
}
