import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../shared/claims/extract';
import { CaseMatcher, matchArticles } from '../../../shared/match/case-matcher';
import { diffClaims } from '../../../shared/diff/pair-diff';
import { buildPair, pairDiff, type MatchPair } from '../../../shared/match/pairs';
import { MatchIndex, copyKey, minShared } from '../../../shared/match/index';
import { pairScore } from '../../../shared/match/score';
import { ClaimPreparer, contentTokens } from '../../../shared/match/tokens';
import { byReviewOrder, sortForReview } from '../../../shared/match/order';
import { seedArticles, titanArticles } from '../../support/articles';

describe('matching the seeds', () => {
  it('puts the two Macron quotes first, both attributed to Macron', async () => {
    const pairs = matchArticles(await seedArticles()).allPairs();
    const [first] = pairs;
    expect(first!.kind).toBe('quote');
    expect(first!.a.text).toMatch(/^For me, it was about 'locking the game'/);
    expect(first!.b.text).toMatch(/^My aim was to freeze the game/);
    expect([first!.a.speaker, first!.b.speaker]).toEqual(['Macron', 'Macron']);
    expect(first!.suggestion).toBe('consistent');
  });

  it('shows locking/freeze, prospects/perspectives and goal achieved/objective fulfilled as wording variants', async () => {
    const [first] = matchArticles(await seedArticles()).allPairs();
    const wording = pairDiff(first!).changes.filter((c) => c.kind === 'wording');
    const removed = wording.map((c) => c.removed).join(' | ');
    const added = wording.map((c) => c.added).join(' | ');
    for (const word of ['locking', 'prospects', 'goal', 'achieved']) expect(removed).toContain(word);
    for (const word of ['freeze', 'perspectives', 'objective', 'fulfilled']) expect(added).toContain(word);
    expect(pairDiff(first!).changes.every((c) => c.kind === 'wording')).toBe(true);
  });
});

describe('matching the Titan corpus', () => {
  const matched = titanArticles().then((articles) => matchArticles(articles));

  it('pairs the repeated Coast Guard, OceanGate and Navy statements across outlets', async () => {
    const pairs = (await matched).allPairs();
    const across = (re: RegExp) => pairs.filter((p) => re.test(p.a.text) && re.test(p.b.text) && p.a.articleId !== p.b.articleId);
    expect(across(/consistent with (the )?catastrophic loss/).length).toBeGreaterThanOrEqual(5);
    expect(across(/true explorers who shared a distinct spirit of adventure/).length).toBeGreaterThanOrEqual(3);
    expect(across(/Navy/).length).toBeGreaterThanOrEqual(3);
  });

  it('flags the conflicting numbers: the length of the sub, its air, when contact was lost', async () => {
    const conflicts = (await matched).allPairs().filter((p) => p.flags.includes('number') && p.suggestion === 'conflict');
    const has = (re: RegExp) => conflicts.some((p) => re.test(p.reason));
    expect(has(/22-foot vs 21[- ]foot|21[- ]foot vs 22-foot/)).toBe(true);
    expect(has(/40 hours vs 24 hours|24 hours vs 40 hours/)).toBe(true);
    expect(has(/hour and 45 minutes/)).toBe(true);
  });

  it('treats 1,600 feet and 490 metres from the bow as the same distance, and 22 vs 21 feet as a conflict', () => {
    const claim = (id: string, text: string) => extractClaims({ id, text, date: '2023-06-22' })[0]!;
    const feet = claim('a', 'The debris field was found about 1,600 feet from the bow of the Titanic.');
    const metres = claim('b', 'The debris field was found about 490 metres from the bow of the Titanic.');
    const same = buildPair(feet, metres, 0.8);
    expect(same.flags).not.toContain('number');
    expect(same.reason).toContain('same quantity in other units: 1,600 feet ≈ 490 metres');
    const length = buildPair(claim('c', 'The 22-foot submersible lost contact on Sunday.'), claim('d', 'The 21-foot submersible lost contact on Sunday.'), 0.8);
    expect(length.flags).toContain('number');
    expect(length.suggestion).toBe('conflict');
  });

  it('groups copies: a sentence repeated word for word by k outlets gives at most k-1 verbatim pairs, not k(k-1)/2', async () => {
    const matcher = await matched;
    const pairs = matcher.allPairs();
    const byKey = new Map<string, Set<string>>();
    for (const claims of matcher.claimsByArticle.values()) {
      for (const c of claims) {
        const key = copyKey(c.text);
        byKey.set(key, (byKey.get(key) ?? new Set()).add(c.articleId));
      }
    }
    const [key, articles] = [...byKey.entries()].sort((x, y) => y[1].size - x[1].size)[0]!;
    expect(articles.size).toBeGreaterThanOrEqual(3);
    const verbatim = pairs.filter((p) => p.kind === 'verbatim' && copyKey(p.a.text) === key && copyKey(p.b.text) === key);
    // One pair per copy, to the first occurrence (one may fold into an overlapping quote pair).
    expect(verbatim.length).toBeGreaterThanOrEqual(articles.size - 2);
    expect(verbatim.length).toBeLessThanOrEqual(articles.size - 1);
    expect(articles.size - 1).toBeLessThan((articles.size * (articles.size - 1)) / 2);
  });

  it('groups a statement repeated by many outlets into one cluster', async () => {
    const clusters = (await matched).clusters();
    const explorers = clusters.find((c) => c.claims.some((x) => /true explorers/.test(x.text)));
    expect(new Set(explorers!.claims.map((c) => c.articleId)).size).toBeGreaterThanOrEqual(4);
  });

  it('ranks possible conflicts first, then rewordings, and copies last', async () => {
    const pairs = (await matched).allPairs();
    const lastStrongConflict = pairs.map((p) => p.suggestion === 'conflict' && p.score >= 0.3).lastIndexOf(true);
    const firstRewording = pairs.findIndex((p) => p.suggestion === 'consistent' && p.kind !== 'verbatim');
    expect(lastStrongConflict).toBeGreaterThanOrEqual(0);
    expect(lastStrongConflict).toBeLessThan(firstRewording);
    const firstVerbatim = pairs.findIndex((p) => p.kind === 'verbatim');
    expect(firstVerbatim).toBeGreaterThan(0);
    expect(pairs.slice(firstVerbatim).every((p) => p.kind === 'verbatim')).toBe(true);
  });
});

describe('the candidate index', () => {
  it('finds at least 95% of the pairs an exhaustive scorer finds on the Titan corpus', async () => {
    const claims = (await titanArticles()).flatMap((a) => extractClaims(a));
    const index = new MatchIndex();
    const byArticle = new Map<string, typeof claims>();
    for (const c of claims) byArticle.set(c.articleId, [...(byArticle.get(c.articleId) ?? []), c]);
    const found = new Set<string>();
    for (const group of byArticle.values()) for (const c of index.addArticle(group)) found.add(`${c.a.claim.id}|${c.b.claim.id}`).add(`${c.b.claim.id}|${c.a.claim.id}`);
    // Copies are grouped: a copy counts as found when its first occurrence is paired.
    const first = new Map<string, string>();
    const rep = (c: (typeof claims)[number]) => first.get(copyKey(c.text)) ?? first.set(copyKey(c.text), c.id).get(copyKey(c.text))!;
    const tokens = claims.map((c) => contentTokens(c.text));
    let truth = 0;
    let hit = 0;
    for (let j = 0; j < claims.length; j++) {
      for (let i = 0; i < j; i++) {
        const [a, b] = [claims[i]!, claims[j]!];
        if (a.articleId === b.articleId) continue;
        if (tokens[i]!.filter((t) => tokens[j]!.includes(t)).length < minShared(tokens[i]!.length, tokens[j]!.length)) continue;
        if (pairScore({ tokens: tokens[i]!, speaker: a.speaker }, { tokens: tokens[j]!, speaker: b.speaker }, index.idf) < index.minScore) continue;
        truth++;
        const [ra, rb] = [rep(a), rep(b)];
        if (ra === rb || [`${ra}|${rb}`, `${ra}|${b.id}`, `${a.id}|${rb}`, `${a.id}|${b.id}`].some((k) => found.has(k))) hit++;
      }
    }
    expect(truth).toBeGreaterThan(100);
    expect(hit / truth).toBeGreaterThanOrEqual(0.95);
  });

  it('pairs a copy with the claims its original repeats in its own article (a headline and its body)', () => {
    const headline = 'TSB launching investigation into Polar Prince, vessel for Titan submersible';
    const body = 'The TSB is launching an investigation into the Polar Prince, the support vessel for the Titan submersible.';
    const claim = (articleId: string, text: string, start: number) => ({ ...extractClaims({ id: articleId, text, date: null })[0]!, id: `${articleId}:${start}`, start, end: start + text.length });
    const index = new MatchIndex();
    index.addArticle([claim('a', headline, 0), claim('a', body, 100)]);
    const pairs = index.addArticle([claim('b', headline, 0)]);
    expect(pairs.some((p) => p.copy && p.a.claim.articleId === 'a')).toBe(true);
    expect(pairs.some((p) => !p.copy && p.a.claim.text === body && p.b.claim.articleId === 'b')).toBe(true);
  });

  it('prepares claims elsewhere: each copy key once with its tokens, then the key alone', async () => {
    const titan = await titanArticles();
    // The corpus twice under other ids: the second time every key was prepared before.
    const articles = [...titan, ...titan.map((a) => ({ ...a, id: `${a.id}~2` }))];
    const preparer = new ClaimPreparer();
    const tokenized = new Set<string>();
    for (const article of articles) {
      const claims = extractClaims(article);
      preparer.prepare(claims).forEach((p, i) => {
        expect(p.key).toBe(copyKey(claims[i]!.text));
        expect(p.tokens === null).toBe(tokenized.has(p.key));
        if (p.tokens) expect(p.tokens).toEqual(contentTokens(claims[i]!.text));
        tokenized.add(p.key);
      });
    }
    expect(tokenized.size).toBeGreaterThan(300);
  });

  it('flags a negation flip between close paraphrases, and not a negation both sides share', () => {
    const claim = (articleId: string, text: string) => extractClaims({ id: articleId, text, date: null })[0]!;
    const flip = buildPair(claim('a', 'The Coast Guard said the debris was consistent with the loss of the vessel.'), claim('b', 'The Coast Guard said the debris was not consistent with the loss of the vessel.'), 0.8);
    expect(flip.flags).toContain('negation');
    expect(flip.suggestion).toBe('conflict');
    const both = buildPair(claim('a', 'The Coast Guard said it would not stop searching.'), claim('b', 'The Coast Guard said it would not end the search.'), 0.8);
    expect(both.flags).not.toContain('negation');
  });
});

describe('incremental matching', () => {
  it('adding one article only adds that article’s pairs, and gives the same pairs as matching from scratch', async () => {
    const articles = (await titanArticles()).slice(0, 12);
    const matcher = new CaseMatcher();
    for (const a of articles.slice(0, 11)) matcher.addArticle(a);
    const before = new Set(matcher.allPairs().map((p) => p.id));
    expect(matcher.addArticle(articles[11]!)).toBeGreaterThan(0);
    const after = matcher.allPairs();
    const fresh = after.filter((p) => !before.has(p.id));
    expect(fresh.length).toBeGreaterThan(0);
    const joined = (p: MatchPair) => p.a.articleId === articles[11]!.id || p.b.articleId === articles[11]!.id;
    expect(fresh.filter(joined).length).toBeGreaterThan(0);
    // Old pairs reappear only when the new article's words moved the IDF enough to lift them over the bar.
    expect(fresh.filter((p) => !joined(p)).every((p) => p.score < matcher.index.minScore + 0.05)).toBe(true);
    // The same pairs as from scratch, each assessed as from scratch: its score (at the IDF of all 12
    // articles), flags, suggestion, reason and place in the review order.
    const plain = (ps: MatchPair[]) => ps.map(({ id, score, kind, flags, suggestion, reason, priority }) => ({ id, score, kind, flags, suggestion, reason, priority }));
    expect(plain(after)).toEqual(plain(matchArticles(articles).allPairs()));
  });

  it('keeps claim ids stable for the same text, so verdicts stay attached', async () => {
    const [a] = await seedArticles();
    expect(extractClaims(a!).map((c) => c.id)).toEqual(extractClaims(a!).map((c) => c.id));
  });
});

describe('pair diff limits', () => {
  it('gives up at its edit bound on unrelated long texts and says they are too different', () => {
    const words = (seed: number) => Array.from({ length: 10_000 }, (_, i) => `w${(i * seed) % 9973}`).join(' ');
    const diff = diffClaims(words(7), words(13));
    expect(diff.tooDifferent).toBe(true);
  });

  it('classifies a negation flip', () => {
    const diff = diffClaims('Moscow wants war with Ukraine.', 'Moscow does not want war with Ukraine.');
    expect(diff.changes.map((c) => c.kind)).toContain('negation');
  });
});

describe('review order for large lists', () => {
  it('sortForReview orders pairs exactly as sorting with byReviewOrder does, ties by id included', async () => {
    const pairs = matchArticles(await titanArticles()).allPairs();
    // Shuffled, so the input order says nothing; the copies share priority 1 and are ordered by id.
    const shuffled = [...pairs].sort((x, y) => (x.id.length * 31 + x.score) % 7 - (y.id.length * 31 + y.score) % 7);
    const ties = pairs.filter((p) => pairs.some((q) => q !== p && q.priority === p.priority)).length;
    expect(ties).toBeGreaterThan(10);
    expect(sortForReview([...shuffled]).map((p) => p.id)).toEqual([...shuffled].sort(byReviewOrder).map((p) => p.id));
  });

  it('sortForReview tells apart priorities closer than its buckets, over any range', () => {
    // Priorities a hair apart, negative ones, a wide range, and many shared: each sorted as the comparator does.
    const bases = [6000.123, 6000.123 + 1e-9, 6000.123 - 1e-12, 1, 1, -3.5, 0, 1e9, 5000.5];
    const items = Array.from({ length: 5000 }, (_, i) => ({ id: `p${(i * 7919) % 5000}`, priority: bases[i % bases.length]! + (i % 3 === 0 ? 0 : (i % 11) * 1e-7) }));
    expect(sortForReview([...items]).map((p) => p.id)).toEqual([...items].sort(byReviewOrder).map((p) => p.id));
    const same = items.map((p) => ({ ...p, priority: 2 }));
    expect(sortForReview([...same]).map((p) => p.id)).toEqual([...same].sort(byReviewOrder).map((p) => p.id));
    expect(sortForReview([items[0]!])).toEqual([items[0]]);
  });

  it('sortForReview orders a large group of equal priorities by id, ids sharing long prefixes and wide characters included', () => {
    const prefixes = ['g12#', 'g12#4', 'g1', 'é€', 'é', '€€€€€€€a', '€€€€€€€b', 'a'];
    const items = Array.from({ length: 3000 }, (_, i) => ({ id: `${prefixes[i % prefixes.length]}${(i * 7919) % 3001}`, priority: i % 5 === 0 ? 1 + 1e-12 : 1 }));
    expect(sortForReview([...items]).map((p) => p.id)).toEqual([...items].sort(byReviewOrder).map((p) => p.id));
  });
});
