import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtmlArticle } from '../../../shared/article/html-format';
import { parseJsonRecords } from '../../../shared/article/json-format';
import { dateFromFileName, isoDate, outletFromUrl } from '../../../shared/article/metadata';
import { titleFromText } from '../../../shared/article/lead';
import { parseTextArticle } from '../../../shared/article/text-format';
import { normaliseText } from '../../../shared/article/normalise';
import { SEEDS_DIR, TITAN_DIR } from '../../support/corpus';

const read = (path: string) => normaliseText(readFileSync(path, 'utf8'));
const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../fixtures/html', name), 'utf8');

describe('text articles', () => {
  it('reads the seed date header and keeps the text after it', () => {
    const fields = parseTextArticle(read(join(SEEDS_DIR, '000_b0b42460a32a0478.txt')), false);
    expect(fields.date).toBe('2022-02-08');
    expect(fields.text.startsWith('As the Russian aggression against Ukraine')).toBe(true);
    expect(fields.text).toContain("it was about 'locking the game' in order to prevent an escalation");
    expect(fields.titleInferred).toBe(true);
  });

  it('accepts a month-only date header', () => {
    expect(parseTextArticle(' date 2023-06 Title line\nBody text here.', false).date).toBe('2023-06');
  });

  it('takes a short first line as the title and a "By" line as the byline', () => {
    const fields = parseTextArticle(read(join(TITAN_DIR, '013_cnn-copy-sub-passengers.txt')), false);
    expect(fields.title).toBe(
      'Sub passengers included CEO of expedition company, experienced explorers and Pakistani father and son from prominent family',
    );
    expect(fields.titleInferred).toBe(false);
    expect(fields.byline).toBe('Steve Almasy and Ivana Kottasová, CNN');
  });

  it('does not take a byline for the title', () => {
    const fields = parseTextArticle(' date 2023-06-23 By Osa Mbonu-Amadi\nTitan: what we know\nThe sub was lost.', false);
    expect(fields.byline).toBe('Osa Mbonu-Amadi');
    expect(fields.title).toBe('Titan: what we know');
  });

  it('strips Markdown heading marks from the title', () => {
    expect(parseTextArticle('# Macron and Putin meet\n\nThey talked for five hours.', true).title).toBe('Macron and Putin meet');
  });
});

describe('metadata helpers', () => {
  it.each([
    ['2023-06-22T19:04:00Z', '2023-06-22'],
    ['2022-02', '2022-02'],
    ['June 22, 2023', '2023-06-22'],
    ['2023-13-01', null],
    ['yesterday', null],
  ])('isoDate(%j) is %j', (input, expected) => {
    expect(isoDate(input)).toBe(expected);
  });

  it('infers a date from a file name only when one is written there', () => {
    expect(dateFromFileName('reuters_2023-06-22_titan.html')).toBe('2023-06-22');
    expect(dateFromFileName('20230622-ap.txt')).toBe('2023-06-22');
    expect(dateFromFileName('000_b0b42460a32a0478.txt')).toBeNull();
  });

  it('takes the outlet from the URL host', () => {
    expect(outletFromUrl('https://www.reuters.com/world/x')).toBe('reuters.com');
    expect(outletFromUrl('https://amp.marca.com/en/x')).toBe('marca.com');
    expect(outletFromUrl(null)).toBeNull();
  });

  it('cuts a title at the first sentence, not at "U.S."', () => {
    expect(titleFromText('The U.S. Coast Guard said debris was found. More follows.')).toBe(
      'The U.S. Coast Guard said debris was found.',
    );
  });
});

describe('HTML articles', () => {
  const fields = parseHtmlArticle(fixture('news-article.html'));

  it('extracts the article paragraphs and leaves navigation, footer, scripts and frames out', () => {
    expect(fields.text.split('\n\n')).toHaveLength(4);
    expect(fields.text).toContain('about 1,600 feet from the bow of the Titanic');
    expect(fields.text).not.toMatch(/Home|Copyright|tracking|color: red/);
  });

  it('reads title, outlet, date, canonical URL, byline and language from the page', () => {
    expect(fields).toMatchObject({
      title: 'Titan sub: debris found near Titanic wreck',
      outlet: 'Example News',
      date: '2023-06-22',
      url: 'https://www.example-news.test/world/titan-debris',
      byline: 'Jane Reporter',
      language: 'en-GB',
    });
  });

  it('reads JSON-LD NewsArticle metadata when OpenGraph is missing', () => {
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({
      '@type': 'NewsArticle', headline: 'Navy heard implosion', datePublished: '2023-06-23T01:00:00Z',
      author: [{ '@type': 'Person', name: 'A. Writer' }], publisher: { name: 'Wire Service' },
    })}</script></head><body><article><p>${'The US Navy detected an acoustic anomaly consistent with an implosion. '.repeat(4)}</p></article></body></html>`;
    expect(parseHtmlArticle(html)).toMatchObject({ title: 'Navy heard implosion', date: '2023-06-23', byline: 'A. Writer', outlet: 'Wire Service' });
  });

  it('keeps hostile markup as inert text: no handler or javascript: URL survives', () => {
    const html = `<html><body><article><p>${'Officials confirmed the loss of the submersible and its five passengers. '.repeat(3)}<img src=x onerror="alert(1)"><a href="javascript:alert(2)">click &lt;script&gt;alert(3)&lt;/script&gt;</a></p></article></body></html>`;
    const out = parseHtmlArticle(html);
    expect(out.text).toContain('click <script>alert(3)</script>');
    expect(out.text).not.toMatch(/onerror|javascript:/);
    expect(out.url).toBeNull();
  });

  it('finds no text in a page without an article', () => {
    expect(parseHtmlArticle('<html><head><title>x</title></head><body><script>1</script></body></html>').text).toBe('');
  });
});

describe('JSON articles', () => {
  it('reads one object, an array and JSON lines', () => {
    expect(parseJsonRecords('{"text":"A claim."}', false)).toEqual([{ index: 1, ok: true, value: { text: 'A claim.' } }]);
    expect(parseJsonRecords('[{"body":"One."},{"content":"Two."}]', false).map((r) => r.ok)).toEqual([true, true]);
    expect(parseJsonRecords('{"text":"One."}\n\n{"text":"Two."}\n', true).map((r) => r.index)).toEqual([1, 3]);
  });

  it('names the record and field of a wrong type, and keeps the good records', () => {
    const records = parseJsonRecords('[{"text":"Fine."},{"text":"Also fine.","title":42},{"title":"no text"}]', false);
    expect(records.map((r) => (r.ok ? 'ok' : r.error))).toEqual([
      'ok',
      'record 2: "title" must be string',
      'record 3: has no text: expected a non-empty "text", "body" or "content" string',
    ]);
  });

  it('explains malformed JSON and bad lines', () => {
    expect(() => parseJsonRecords('{"text": "unterminated', false)).toThrow(/^malformed JSON/);
    const lines = parseJsonRecords('{"text":"ok"}\n{oops}\n', true);
    expect(lines[1]).toMatchObject({ ok: false, error: expect.stringMatching(/^line 2: malformed JSON/) });
  });

  it('refuses deeply nested JSON before parsing it', () => {
    expect(() => parseJsonRecords('['.repeat(100_000) + ']'.repeat(100_000), false)).toThrow(/nested 100000 levels deep/);
  });

  it('refuses a file with no records', () => {
    expect(() => parseJsonRecords('[]', false)).toThrow('no articles in the file');
    expect(() => parseJsonRecords('\n\n', true)).toThrow('no articles in the file');
  });
});
