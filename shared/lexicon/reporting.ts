/**
 * Reporting verbs: the words news copy uses to attribute a statement ("said", "told reporters",
 * "according to"). Rewrites swap them freely ("X said" / "X told" / "X confirmed"), so to a matcher
 * they are one word, and a claim with one is reported speech. General English, written by hand: every
 * form is listed so a lookup needs no stemmer.
 */

/** Each reporting verb's base form with its other forms (3rd person, past, participle, gerund). */
export const REPORTING_VERBS: Readonly<Record<string, readonly string[]>> = {
  say: ['says', 'said', 'saying'],
  tell: ['tells', 'told', 'telling'],
  add: ['adds', 'added', 'adding'],
  state: ['states', 'stated', 'stating'],
  announce: ['announces', 'announced', 'announcing'],
  explain: ['explains', 'explained', 'explaining'],
  confirm: ['confirms', 'confirmed', 'confirming'],
  note: ['notes', 'noted', 'noting'],
  write: ['writes', 'wrote', 'written', 'writing'],
  tweet: ['tweets', 'tweeted', 'tweeting'],
  post: ['posts', 'posted', 'posting'],
  report: ['reports', 'reported', 'reporting'],
  declare: ['declares', 'declared', 'declaring'],
  claim: ['claims', 'claimed', 'claiming'],
  insist: ['insists', 'insisted', 'insisting'],
  argue: ['argues', 'argued', 'arguing'],
  maintain: ['maintains', 'maintained', 'maintaining'],
  assert: ['asserts', 'asserted', 'asserting'],
  acknowledge: ['acknowledges', 'acknowledged', 'acknowledging'],
  admit: ['admits', 'admitted', 'admitting'],
  deny: ['denies', 'denied', 'denying'],
  describe: ['describes', 'described', 'describing'],
  recall: ['recalls', 'recalled', 'recalling'],
  remark: ['remarks', 'remarked', 'remarking'],
  comment: ['comments', 'commented', 'commenting'],
  reply: ['replies', 'replied', 'replying'],
  respond: ['responds', 'responded', 'responding'],
  answer: ['answers', 'answered', 'answering'],
  ask: ['asks', 'asked', 'asking'],
  warn: ['warns', 'warned', 'warning'],
  caution: ['cautions', 'cautioned', 'cautioning'],
  suggest: ['suggests', 'suggested', 'suggesting'],
  indicate: ['indicates', 'indicated', 'indicating'],
  reveal: ['reveals', 'revealed', 'revealing'],
  disclose: ['discloses', 'disclosed', 'disclosing'],
  inform: ['informs', 'informed', 'informing'],
  notify: ['notifies', 'notified', 'notifying'],
  advise: ['advises', 'advised', 'advising'],
  brief: ['briefs', 'briefed', 'briefing'],
  mention: ['mentions', 'mentioned', 'mentioning'],
  stress: ['stresses', 'stressed', 'stressing'],
  emphasise: [
    'emphasises',
    'emphasised',
    'emphasising',
    'emphasize',
    'emphasizes',
    'emphasized',
    'emphasizing',
  ],
  reiterate: ['reiterates', 'reiterated', 'reiterating'],
  repeat: ['repeats', 'repeated', 'repeating'],
  testify: ['testifies', 'testified', 'testifying'],
  quote: ['quotes', 'quoted', 'quoting'],
  cite: ['cites', 'cited', 'citing'],
  predict: ['predicts', 'predicted', 'predicting'],
  vow: ['vows', 'vowed', 'vowing'],
  pledge: ['pledges', 'pledged', 'pledging'],
  promise: ['promises', 'promised', 'promising'],
  urge: ['urges', 'urged', 'urging'],
  speak: ['speaks', 'spoke', 'spoken', 'speaking'],
};

/**
 * Forms that are just as often nouns or adjectives in news copy ("the state of Maryland", "a note",
 * "a warning", "promising"): `isReportingVerb` does not count them, `reportingVerbBase` still maps them.
 */
export const AMBIGUOUS_FORMS: ReadonlySet<string> = new Set([
  'state',
  'states',
  'note',
  'notes',
  'report',
  'reports',
  'reporting',
  'post',
  'posts',
  'claim',
  'claims',
  'brief',
  'briefs',
  'briefing',
  'comment',
  'comments',
  'answer',
  'answers',
  'quote',
  'quotes',
  'reply',
  'replies',
  'pledge',
  'pledges',
  'promise',
  'promises',
  'promising',
  'stress',
  'caution',
  'warning',
  'tweet',
  'tweets',
  'vow',
  'vows',
  'repeat',
  'saying',
  'writing',
  'written',
  'add',
  'ask',
  'urge',
  'urges',
  'maintain',
  'deny',
  'mention',
  'mentions',
  'respond',
  'recall',
  'recalls',
  'remark',
  'remarks',
  'speak',
]);

/** Multi-word attributions, lower-case, as token sequences. */
export const REPORTING_PHRASES: readonly (readonly string[])[] = [
  ['according', 'to'],
  ['quoted', 'as', 'saying'],
  ['in', 'a', 'statement'],
  ['pointed', 'out'],
  ['went', 'on', 'to', 'say'],
  ['told', 'reporters'],
];

const FORMS = new Map<string, string>();
for (const [base, forms] of Object.entries(REPORTING_VERBS)) {
  FORMS.set(base, base);
  for (const f of forms) FORMS.set(f, base);
}

/**
 * Whether a word is, wherever it stands, a form of a reporting verb ("said", "tweeted", "notified");
 * false for the forms in AMBIGUOUS_FORMS ("state", "note", "warning").
 */
export function isReportingVerb(word: string): boolean {
  const w = word.toLowerCase();
  return FORMS.has(w) && !AMBIGUOUS_FORMS.has(w);
}

/** The base form of any reporting-verb form, ambiguous ones included ("told" → "tell", "notes" → "note"); else null. */
export function reportingVerbBase(word: string): string | null {
  return FORMS.get(word.toLowerCase()) ?? null;
}

/** The length of the reporting phrase starting at `tokens[at]` (lower-case tokens), or 0. */
export function reportingPhraseAt(tokens: readonly string[], at: number): number {
  for (const phrase of REPORTING_PHRASES) {
    if (phrase.every((w, i) => tokens[at + i] === w)) return phrase.length;
  }
  return 0;
}
