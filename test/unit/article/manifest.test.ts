import { describe, expect, it } from 'vitest';
import type { RawFile } from '../../../shared/api/contract';
import { normalisePath, parseManifest } from '../../../shared/article/manifest';
import { parseArticleFile, parseArticleFiles } from '../../../shared/article/parse';
import { PASTED_PATH, pastedFile } from '../../../shared/article/paste';

const enc = (s: string) => new TextEncoder().encode(s);
const at = (path: string, content: string): RawFile => ({ name: path.split('/').pop()!, path, bytes: enc(content) });
const ARTICLE = 'Debris found near Titanic\n\nThe Coast Guard said on Thursday that debris found near the Titanic was consistent with a catastrophic implosion.';

describe('reading a manifest', () => {
  it('takes the file column and the known fields, relative to its folder, ignoring empty cells', () => {
    const manifest = parseManifest('case/manifest.tsv', 'file\turl\toutlet\tdate\tchars\na.txt\thttps://x.example/a\tX News\t2023-06-22\t100\nsub/b.txt\t\t\t\t\n');
    expect([...manifest.rows]).toEqual([
      ['case/a.txt', { url: 'https://x.example/a', outlet: 'X News', date: '2023-06-22' }],
      ['case/sub/b.txt', {}],
    ]);
  });

  it('accepts the other names of its columns, and CSV quoting', () => {
    const manifest = parseManifest('metadata.csv', 'Filename,Source,Title,Author,Language\n"a.txt","Reuters, London","Titan: what we know","Jane Doe",en\n');
    expect(manifest.rows.get('a.txt')).toEqual({ outlet: 'Reuters, London', title: 'Titan: what we know', author: 'Jane Doe', language: 'en' });
  });

  it('says why a table cannot be a manifest', () => {
    expect(() => parseManifest('manifest.csv', 'name,url\na.txt,https://x.example\n')).toThrow(
      'manifest not applied: no column naming the files (expected "file", "filename" or "path"; found "name", "url")',
    );
    expect(() => parseManifest('manifest.csv', '')).toThrow('manifest not applied: the table is empty');
  });

  it('normalises paths as both editions write them', () => {
    expect(normalisePath('case/./sub/../a.txt')).toBe('case/a.txt');
    expect(normalisePath('C:\\cases\\titan\\a.txt')).toBe('C:/cases/titan/a.txt');
    expect(normalisePath('/home/me/titan/a.txt')).toBe('/home/me/titan/a.txt');
  });
});

describe('applying a manifest to the files imported with it', () => {
  it('gives its values to the files it names, recorded as from the manifest, and says so', async () => {
    const batch = await parseArticleFiles([
      at('case/manifest.tsv', 'file\turl\toutlet\tdate\ttitle\na.txt\thttps://www.x.example/a\t\t2023-06\t\nb.txt\t\tY Times\t2023-06-21\tThe given title\nmissing.txt\t\tZ\t\t\n'),
      at('case/a.txt', ` date 2023-06-22\n${ARTICLE}`),
      at('case/b.txt', ARTICLE.replace('Thursday', 'Wednesday')),
      at('case/c.txt', ARTICLE.replace('Thursday', 'Friday')),
    ]);
    expect(batch.errors).toEqual([]);
    const [a, b, c] = batch.articles;
    // The file's own date stands when the manifest's is the same month; the outlet comes from the URL.
    expect(a).toMatchObject({ date: '2023-06-22', url: 'https://www.x.example/a', outlet: 'x.example', manifest: 'case/manifest.tsv', sources: { url: 'manifest', outlet: 'url' } });
    expect(a!.sources?.date).toBeUndefined();
    expect(b).toMatchObject({ title: 'The given title', titleInferred: false, outlet: 'Y Times', date: '2023-06-21', sources: { title: 'manifest', outlet: 'manifest', date: 'manifest' } });
    expect(c).toMatchObject({ outlet: null });
    expect(c!.manifest).toBeUndefined();
    expect(batch.notes).toEqual([{ path: 'case/manifest.tsv', note: 'a manifest: its values were applied to 2 of the 3 files it names' }]);
  });

  it('matches every record of a JSON file by the file name', async () => {
    const batch = await parseArticleFiles([
      at('feed/metadata.csv', 'path,source\nfeed.jsonl,Wire Service\n'),
      at('feed/feed.jsonl', [JSON.stringify({ text: 'The first record of the wire feed.' }), JSON.stringify({ text: 'The second record of the wire feed.' })].join('\n')),
    ]);
    expect(batch.articles.map((a) => [a.sourcePath, a.outlet])).toEqual([
      ['feed/feed.jsonl#1', 'Wire Service'],
      ['feed/feed.jsonl#2', 'Wire Service'],
    ]);
  });

  it('names other tables as not articles, and refuses an unusable manifest with its reason', async () => {
    const batch = await parseArticleFiles([
      at('case/gold.tsv', 'left_file\tleft_fragment\tright_file\tright_fragment\trelation\twhy\n'),
      at('case/figures.csv', 'year,deaths\n2023,5\n'),
      at('case/manifest.csv', 'name,url\n'),
      at('case/bad/manifest.tsv', '\u0000\u0001binary'),
      at('case/a.txt', ARTICLE),
    ]);
    expect(batch.articles).toHaveLength(1);
    expect(batch.notes).toEqual([
      { path: 'case/gold.tsv', note: 'a table (columns left_file, left_fragment, right_file, right_fragment, …), not an article: left out' },
      { path: 'case/figures.csv', note: 'a table (columns year, deaths), not an article: left out' },
    ]);
    expect(batch.errors.map((e) => [e.path, e.error.split(':')[0]])).toEqual([
      ['case/manifest.csv', 'manifest not applied'],
      ['case/bad/manifest.tsv', 'manifest not applied'],
    ]);
  });
});

describe('pasted text', () => {
  it('is an article with the values given in the dialog, recorded as given', async () => {
    const batch = await parseArticleFile(pastedFile({ text: ARTICLE, given: { outlet: 'Wire Service', date: '2023-06-22', url: 'https://wire.example/titan', title: null } }));
    expect(batch.errors).toEqual([]);
    expect(batch.articles[0]).toMatchObject({
      title: 'Debris found near Titanic', outlet: 'Wire Service', date: '2023-06-22', url: 'https://wire.example/titan', sourcePath: PASTED_PATH,
      format: 'txt', sources: { outlet: 'you', date: 'you', url: 'you', language: 'detected' },
    });
  });

  it('reads the clipboard’s HTML as a page, and the same paste twice has the same hash', async () => {
    const html = `<html><head><meta property="og:site_name" content="Gazette"><title>Debris found</title></head><body><article><p>${ARTICLE.split('\n\n')[1]} Officials said the search would continue through the weekend.</p></article></body></html>`;
    const paste = { text: 'Debris found', html, given: {} };
    const [one, two] = await Promise.all([parseArticleFile(pastedFile(paste)), parseArticleFile(pastedFile(paste))]);
    expect(one.articles[0]).toMatchObject({ format: 'html', title: 'Debris found', outlet: 'Gazette' });
    expect(one.articles[0]!.sha256).toBe(two.articles[0]!.sha256);
  });
});
