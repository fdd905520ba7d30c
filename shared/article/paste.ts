/**
 * Pasted text as a file the parser reads like any other: the clipboard's HTML as a page when there is
 * some (and the text was not edited), else its plain text, with the title, outlet, date and URL the
 * person gave applied over what the text says (recorded as given by them).
 */
import type { PastedText, RawFile } from '../api/contract';

/** Where a pasted article says it came from, in the library's File field. */
export const PASTED_PATH = 'pasted text';

export function pastedFile(paste: PastedText): RawFile {
  const html = paste.html?.trim() ? paste.html : null;
  return {
    name: html ? 'pasted.html' : 'pasted.txt',
    path: PASTED_PATH,
    bytes: new TextEncoder().encode(html ?? paste.text),
    given: paste.given,
  };
}
