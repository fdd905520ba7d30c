/**
 * Saved web pages: the article's main text by Mozilla Readability (Firefox Reader View), over a
 * linkedom document so it runs in Node and in Web Workers alike (Workers have no DOMParser). Metadata
 * comes from the page: OpenGraph, article:*, JSON-LD NewsArticle, <link rel=canonical>, <html lang>.
 * Nothing in the page is executed: scripts are text to linkedom and are dropped before extraction.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { cleanField, httpUrl, isoDate } from './metadata';

export interface HtmlFields {
  title: string | null;
  text: string;
  date: string | null;
  url: string | null;
  outlet: string | null;
  byline: string | null;
  language: string | null;
}

/** Minimal DOM surface used here, so shared/ needs no DOM typings. */
interface El {
  tagName: string;
  textContent: string | null;
  childNodes: ArrayLike<Node>;
  getAttribute(name: string): string | null;
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): ArrayLike<El>;
  remove(): void;
}
interface Node {
  nodeType: number;
  textContent: string | null;
}

const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'TD', 'DT', 'DD']);

/** Extracts text and metadata; returns text '' when the page holds no article text. */
export function parseHtmlArticle(html: string): HtmlFields {
  const { document } = parseHTML(html) as unknown as { document: El & { documentElement: El } };
  for (const el of Array.from(document.querySelectorAll('script:not([type="application/ld+json"]), style, noscript, iframe, object, embed, template'))) {
    el.remove();
  }
  const meta = (selector: string) => cleanField(document.querySelector(selector)?.getAttribute('content'));
  const ld = readJsonLd(document);
  const url =
    httpUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) ??
    httpUrl(meta('meta[property="og:url"]')) ??
    httpUrl(ld.url);
  const date =
    isoDate(meta('meta[property="article:published_time"]')) ??
    isoDate(ld.datePublished) ??
    isoDate(meta('meta[name="date"]')) ??
    isoDate(meta('meta[name="pubdate"]')) ??
    isoDate(meta('meta[itemprop="datePublished"]')) ??
    isoDate(document.querySelector('time[datetime]')?.getAttribute('datetime'));
  const metaTitle = meta('meta[property="og:title"]') ?? ld.headline ?? cleanField(document.querySelector('title')?.textContent);
  const metaOutlet = meta('meta[property="og:site_name"]') ?? ld.publisher;
  const metaByline = meta('meta[name="author"]') ?? ld.author;
  const language = cleanField(document.documentElement.getAttribute('lang'), 20);

  const article = new Readability(document as never, { serializer: (node: unknown) => node as El, charThreshold: 100 }).parse();
  const content = article?.content as El | null | undefined;
  const text = content ? blockText(content) : '';
  return {
    title: metaTitle ?? cleanField(article?.title),
    text,
    date,
    url,
    outlet: metaOutlet ?? cleanField(article?.siteName),
    byline: metaByline ?? cleanField(article?.byline),
    language: language ?? cleanField(article?.lang, 20),
  };
}

/** Text of block elements, one paragraph each, separated by blank lines. */
function blockText(root: El): string {
  const paragraphs: string[] = [];
  const walk = (el: El) => {
    if (BLOCKS.has(el.tagName)) {
      const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (t) paragraphs.push(t);
      return;
    }
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType === 1) walk(child as unknown as El);
      else if (child.nodeType === 3) {
        const t = (child.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (t) paragraphs.push(t);
      }
    }
  };
  walk(root);
  return paragraphs.join('\n\n');
}

interface LdFields {
  headline: string | null;
  datePublished: string | null;
  author: string | null;
  publisher: string | null;
  url: string | null;
}

/** The first schema.org Article-like object in the page's JSON-LD blocks, if any. */
function readJsonLd(document: El): LdFields {
  const empty: LdFields = { headline: null, datePublished: null, author: null, publisher: null, url: null };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const candidates = Array.isArray(data) ? data : [data, ...(((data as { '@graph'?: unknown[] })?.['@graph']) ?? [])];
    for (const item of candidates) {
      if (!item || typeof item !== 'object') continue;
      const o = item as Record<string, unknown>;
      const type = String(o['@type'] ?? '');
      if (!/Article|Posting|Report/.test(type)) continue;
      const author = Array.isArray(o.author) ? o.author[0] : o.author;
      const publisher = o.publisher as Record<string, unknown> | undefined;
      return {
        headline: cleanField(o.headline),
        datePublished: typeof o.datePublished === 'string' ? o.datePublished : null,
        author: cleanField(typeof author === 'object' && author ? (author as Record<string, unknown>).name : author),
        publisher: cleanField(publisher?.name),
        url: typeof o.url === 'string' ? o.url : null,
      };
    }
  }
  return empty;
}
