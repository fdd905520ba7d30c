/**
 * A curated synonym table for news claims: the words translators and rewriters swap ("locking the
 * game" / "freeze the game", "prospects" / "perspectives", "goal achieved" / "objective fulfilled")
 * and the vocabulary of incident reporting. Curated rather than WordNet: WordNet's senses are too broad
 * for matching (it links "game" to "plot") and its database is 30 MB of files a Worker cannot read.
 * Each group folds to its first word.
 */
export const SYNONYM_GROUPS: readonly string[][] = [
  ['lock', 'freeze', 'fix', 'stabilise', 'stabilize'],
  ['prospect', 'perspective', 'outlook', 'horizon'],
  ['goal', 'aim', 'objective', 'target', 'purpose'],
  ['achieve', 'fulfil', 'fulfill', 'accomplish', 'attain', 'reach', 'meet'],
  ['escalation', 'escalate', 'escalating', 'intensification'],
  ['prevent', 'avoid', 'stop', 'halt', 'block'],
  ['say', 'state', 'tell', 'declare', 'assert', 'announce', 'remark', 'add', 'note', 'claim'],
  ['talk', 'meeting', 'summit', 'session', 'discussion', 'negotiation'],
  ['submersible', 'sub', 'submarine', 'vessel', 'craft', 'titan'],
  ['implosion', 'implode', 'collapse'],
  ['debris', 'wreckage', 'remains', 'fragment', 'piece'],
  ['find', 'discover', 'locate', 'spot', 'recover'],
  ['lose', 'loss', 'lost', 'missing', 'vanish', 'disappear'],
  ['contact', 'communication', 'signal', 'touch'],
  ['die', 'dead', 'death', 'kill', 'perish', 'deceased', 'fatal'],
  ['passenger', 'people', 'person', 'men', 'occupant', 'crew', 'aboard', 'onboard'],
  ['start', 'begin', 'launch', 'open', 'commence', 'initiate'],
  ['investigation', 'probe', 'inquiry', 'review', 'examine', 'investigate'],
  ['noise', 'sound', 'banging', 'knocking', 'acoustic'],
  ['detect', 'hear', 'record', 'pick', 'register'],
  ['warn', 'caution', 'alert', 'flag'],
  ['search', 'hunt', 'rescue', 'operation'],
  ['family', 'relative', 'families'],
  ['company', 'firm', 'operator', 'oceangate'],
  ['expert', 'specialist', 'analyst'],
  ['wreck', 'wreckage', 'titanic'],
  ['ocean', 'sea', 'atlantic', 'seabed', 'seafloor', 'floor'],
  ['confirm', 'verify', 'acknowledge'],
  ['believe', 'think', 'suspect', 'consider'],
  ['catastrophic', 'disastrous', 'devastating'],
  ['security', 'safety'],
  ['oxygen', 'air', 'breathable'],
  ['credibility', 'standing', 'reputation'],
  ['strengthen', 'reinforce', 'bolster', 'boost'],
  ['war', 'conflict', 'fighting', 'hostility'],
  ['invade', 'invasion', 'attack'],
  ['expand', 'expansion', 'enlarge', 'enlargement'],
  ['concern', 'worry', 'fear'],
  ['president', 'leader', 'head'],
];
