/**
 * The corpora imported as folders, through both editions' readers: their manifests apply (no outlet
 * is unknown), no title is site chrome or a dateline, every language is detected and marked so.
 * Checked on every article of Titan and Key Bridge (issue 20), and of the three held-out stories (Ever
 * Given, Notre-Dame, the Maui wildfires: French, German, Spanish, Italian, Portuguese); the chrome and dateline patterns
 * here are written from the corpora's own first lines, independently of the importer's.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { FileBatch } from '../../../shared/api/contract';
import { parseArticleFiles } from '../../../shared/article/parse';
import type { ArticleDraft, ParsedBatch } from '../../../shared/article/types';
import { readPaths } from '../../../electron/main/read-files';
import { readFileList } from '../../../renderer/src/bridge/read-blobs';
import { CORPUS_DIR, KEY_BRIDGE_DIR, TITAN_DIR } from '../../support/corpus';

const EVER_GIVEN_DIR = join(CORPUS_DIR, 'ever-given-2021');
const NOTRE_DAME_DIR = join(CORPUS_DIR, 'notre-dame-2019');
const MAUI_DIR = join(CORPUS_DIR, 'maui-wildfire-2023');
import { words } from '../../support/build-files';

const EDITIONS: Record<string, (dir: string) => Promise<ParsedBatch>> = {
  desktop: async (dir) => {
    const read = await readPaths([dir]);
    return parseArticleFiles(read.files);
  },
  // A folder picked in the browser: File objects with their folder-relative paths.
  browser: async (dir) => {
    const files = readdirSync(dir).map((name) => Object.assign(new File([readFileSync(join(dir, name))], name), { webkitRelativePath: relative(CORPUS_DIR, join(dir, name)) }));
    const read: FileBatch = await readFileList(files);
    return parseArticleFiles(read.files);
  },
};

/** Lines the corpora start with that are not headlines (navigation, widgets, boilerplate, credits). */
const CHROME = /^(?:skip to|menu$|world$|go to home|my (?:wordpress )?blog$|live ?last update|latest news$|this post will be updated|open this photo|[-–•]\s*world news|\(menafn|just in:|update vom|\d+\.$|1\.\s)/i;
/** A wire dateline: a place in capitals, maybe an agency, then a dash ("BALTIMORE (AP) —"). */
const DASH_DATELINE = /^\p{Lu}{3,}[\p{Lu} .'’-]*(?:,[^—–-]{0,30})?\s*(?:\([^)]{1,30}\))?\s*(?:—|–|\s-)\s/u;
/** A dateline on its own: "MOSCOW, February 8.", "Islamabad, Pakistan (AFP):". */
const LONE_DATELINE = /^\p{Lu}[\p{L}'’. ]+,\s*(?:\p{L}+\.? \d{1,2}\.?|\p{Lu}\p{L}+ \(\p{Lu}+\):)$/u;
/** "29 March PunjabKhabarnama :": a date and a name before a colon. */
const DATE_NAME = /^\d{1,2}(?:st|nd|rd|th)? \p{Lu}\p{Ll}+ \p{L}+ :/u;

function manifestRows(dir: string): Map<string, Record<string, string>> {
  const rows = Papa.parse<Record<string, string>>(readFileSync(join(dir, 'manifest.tsv'), 'utf8'), { header: true, delimiter: '\t', skipEmptyLines: true }).data;
  return new Map(rows.map((r) => [r.file!, r]));
}

/** True when the title's words run in the text in that order (the last may be cut by "…"). */
function fromText(title: string, text: string): boolean {
  const t = words(title.replace(/…$/, ''));
  if (title.endsWith('…')) t.pop();
  const all = words(text);
  return all.some((_, i) => t.every((w, k) => all[i + k] === w));
}

const language = (file: string) => /-(de|es|it|fr|pt)-/.exec(file)?.[1] ?? 'en';

for (const [edition, read] of Object.entries(EDITIONS)) {
  describe(`the corpora imported as folders (${edition})`, () => {
    const corpora = [['titan-2023', TITAN_DIR, 48], ['key-bridge-2024', KEY_BRIDGE_DIR, 54], ['ever-given-2021', EVER_GIVEN_DIR, 50], ['notre-dame-2019', NOTRE_DAME_DIR, 50], ['maui-wildfire-2023', MAUI_DIR, 45]] as const;
    for (const [name, dir, count] of corpora) {
      it(`${name}: the manifest applies, the gold table is named, every title is a headline or a first sentence`, async () => {
        const batch = await read(dir);
        expect(batch.errors).toEqual([]);
        // The held-out stories' folders describe themselves in a README, which the manifest does not name.
        const rows = manifestRows(dir);
        const described = batch.articles.filter((a) => !rows.has(a.fileName));
        expect(described.map((a) => a.fileName)).toEqual(existsSync(join(dir, 'README.md')) ? ['README.md'] : []);
        batch.articles = batch.articles.filter((a) => rows.has(a.fileName));
        expect(batch.articles).toHaveLength(count);
        expect(batch.notes?.map((n) => n.note)).toEqual([
          expect.stringMatching(/^a table \(columns left_file, left_fragment, right_file, right_fragment, …\), not an article/),
          `a manifest: its values were applied to ${count} of the ${count} files it names`,
        ]);
        const problems: string[] = [];
        const check = (a: ArticleDraft, ok: boolean, what: string) => {
          if (!ok) problems.push(`${a.fileName}: ${what} (title ${JSON.stringify(a.title)}, outlet ${a.outlet}, place ${a.place})`);
        };
        for (const a of batch.articles) {
          const row = rows.get(a.fileName)!;
          check(a, a.outlet === row.outlet && a.sources?.outlet === 'manifest', 'outlet from the manifest');
          check(a, a.url === new URL(row.url!).href, 'URL from the manifest');
          check(a, !row.date || a.date === row.date, 'date from the manifest');
          check(a, a.manifest !== undefined && a.manifest.endsWith(`${name}/manifest.tsv`), 'manifest recorded');
          check(a, !CHROME.test(a.title), 'title is not site chrome');
          check(a, !DASH_DATELINE.test(a.title) && !LONE_DATELINE.test(a.title) && !DATE_NAME.test(a.title), 'title is not a dateline');
          check(a, !a.place || !new RegExp(`^${a.place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*[,:(—–-]`, 'i').test(a.title), 'title does not start with its dateline');
          check(a, words(a.title).length >= 3, 'title has three words or more');
          check(a, fromText(a.title, a.text), 'title comes from the text');
          check(a, a.language === language(a.fileName) && a.sources?.language === 'detected', `language ${language(a.fileName)}, detected`);
        }
        expect(problems).toEqual([]);
      });
    }
  });
}

describe('the corpora’s troublesome first lines', () => {
  it('give these titles and places', async () => {
    const byFile = new Map<string, ArticleDraft>();
    for (const dir of [TITAN_DIR, KEY_BRIDGE_DIR]) for (const a of (await EDITIONS.desktop!(dir)).articles) byFile.set(a.fileName.slice(0, 3) + dir.slice(-4), a);
    const title = (key: string) => byFile.get(key)?.title;
    // "My Blog", "My WordPress Blog", "Latest news" before the headline.
    expect(title('0402023')).toBe('TSB Canada begins Titan sub investigation following Polar Prince return');
    // "LiveLast Update:" before it.
    expect(title('0282023')).toBe('Lost Titanic Sub Live Updates: Search Underway For Missing Tourists');
    // Two links to other stories ("- World NewsTikToker goes viral…"), then the story.
    expect(title('0182023')).toMatch(/^Several days have now passed since it was revealed that Titan/);
    // "This post will be updated…", then the story.
    expect(title('0062023')).toMatch(/^The remains of the Titan submersible were found 1,600 feet away/);
    // A photo caption with "Open this photo in gallery:".
    expect(title('0392023')).toMatch(/^Canada’s Transportation Safety Board was expected to begin an investigation/);
    // "1.", "(MENAFN", "Update vom 8.", "29 March PunjabKhabarnama :", "JUST IN:".
    expect(title('0192024')).toMatch(/^The Maritime and Port Authority of Singapore \(MPA\) confirms/);
    expect(title('0202024')).toMatch(/^"All the 22 crew members on board the cargo ship/);
    expect(title('0542024')).toMatch(/^Der tragische Vorfall ereignete sich Ende März/);
    expect(title('0422024')).toMatch(/^The “black box” voyage data recorder/);
    expect(title('0132024')).toBe('No indication of terrorism in Baltimore bridge collapse – Police');
    // Datelines are places, not titles.
    expect(byFile.get('0012024')).toMatchObject({ place: 'Baltimore', title: expect.stringMatching(/^A container ship lost power/) });
    expect(byFile.get('0172023')).toMatchObject({ place: 'Washington', title: expect.stringMatching(/^The US Navy detected/) });
    expect(byFile.get('0432023')).toMatchObject({ place: 'Islamabad', title: expect.stringMatching(/^The prominent Pakistani Dawood family/) });
    expect(byFile.get('0482023')).toMatchObject({ place: 'Islamabad', title: '‘Profound grief’ for family of British-Pakistani father and son on submersible Titan' });
    expect(byFile.get('0332024')).toMatchObject({ place: 'Madrid', title: expect.stringMatching(/^Las autoridades de Estados Unidos/) });
  });
});
