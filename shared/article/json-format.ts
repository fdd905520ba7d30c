/**
 * JSON and JSON Lines articles: one object, an array of objects, or one object per line, each with its
 * text in `text`, `body` or `content`, and optionally `title`, `date`, `url`, `source`/`outlet`,
 * `author`, `language`. Records are validated with zod; a bad record is reported by its number and the
 * others still import.
 */
import { z } from 'zod';

const optionalText = z.string().nullish();

export const jsonArticleSchema = z
  .object({
    text: optionalText,
    body: optionalText,
    content: optionalText,
    title: optionalText,
    date: optionalText,
    url: optionalText,
    source: optionalText,
    outlet: optionalText,
    author: z.union([z.string(), z.array(z.string())]).nullish(),
    language: optionalText,
  })
  .refine((o) => [o.text, o.body, o.content].some((t) => typeof t === 'string' && t.trim().length > 0), {
    message: 'has no text: expected a non-empty "text", "body" or "content" string',
  });

export type JsonArticle = z.output<typeof jsonArticleSchema>;

export type JsonRecord = { index: number; ok: true; value: JsonArticle } | { index: number; ok: false; error: string };

/** JSON.parse with nesting bounded first, so a hostile file cannot exhaust the stack. */
function parseJson(text: string): unknown {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') max = Math.max(max, ++depth);
    else if (c === '}' || c === ']') depth--;
  }
  if (max > 64) throw new Error(`nested ${max} levels deep (limit 64)`);
  return JSON.parse(text);
}

/** Parses a .json or .jsonl file's text into records, or throws with a readable reason. */
export function parseJsonRecords(text: string, lines: boolean): JsonRecord[] {
  const values: Array<{ index: number; value: unknown; error?: string }> = [];
  if (lines) {
    text.split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      try {
        values.push({ index: i + 1, value: parseJson(line) });
      } catch (err) {
        values.push({ index: i + 1, value: null, error: `line ${i + 1}: malformed JSON (${messageOf(err)})` });
      }
    });
  } else {
    let data: unknown;
    try {
      data = parseJson(text);
    } catch (err) {
      throw new Error(`malformed JSON (${messageOf(err)})`);
    }
    const list = Array.isArray(data) ? data : [data];
    list.forEach((value, i) => values.push({ index: i + 1, value }));
  }
  if (values.length === 0) throw new Error('no articles in the file');
  const label = lines ? 'line' : 'record';
  return values.map(({ index, value, error }) => {
    if (error) return { index, ok: false, error };
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      return { index, ok: false, error: `${label} ${index}: expected an object with the article's text` };
    }
    const result = jsonArticleSchema.safeParse(value);
    if (result.success) return { index, ok: true, value: result.data };
    const issue = result.error.issues[0]!;
    const field = issue.path.length ? `"${issue.path.join('.')}" ` : '';
    const reason = issue.code === 'invalid_type' ? `must be ${issue.expected}` : issue.message;
    return { index, ok: false, error: `${label} ${index}: ${field}${reason}` };
  });
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
