/** Words for where an article's metadata came from, shared by the reader and the library list. */
import type { ArticleDraft, MetadataField } from '../../../../shared/article/types';

const LABELS = {
  manifest: 'from the manifest',
  you: 'given when pasted',
  detected: 'detected',
  url: 'from the URL',
  sender: "from the sender's address",
  dateline: 'from the dateline',
} as const;

/** "from the manifest (corpus/manifest.tsv)", "detected", or null when the file states the value. */
export function sourceLabel(article: Pick<ArticleDraft, 'sources' | 'manifest'>, field: MetadataField): string | null {
  const source = article.sources?.[field];
  if (!source) return null;
  return source === 'manifest' && article.manifest ? `${LABELS.manifest} (${article.manifest})` : LABELS[source];
}

const names = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'language' }) : null;

/** "de" → "German (de)"; a tag the platform does not know is shown as it is. */
export function languageName(code: string): string {
  try {
    const name = names?.of(code);
    return name && name.toLowerCase() !== code.toLowerCase() ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}
