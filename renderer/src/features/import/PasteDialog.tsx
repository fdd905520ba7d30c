/**
 * "Paste text": an article from the clipboard, with the title, outlet, date and URL the person knows.
 * Opened by the toolbar button (paste into the box) or by Ctrl/Cmd+V on the library, which brings the
 * clipboard with it. HTML on the clipboard is kept and read as a web page as long as the text shown is
 * the one that came with it; once edited, the edited text is imported.
 */
import { useState, type ClipboardEvent, type FormEvent } from 'react';
import type { PastedText } from '../../../../shared/api/contract';
import { checkGiven } from '../../../../shared/article/manifest';
import { Modal } from '../../components/Modal';

export interface Clipboard {
  text: string;
  html: string | null;
}

export function PasteDialog(props: { initial: Clipboard | null; onImport: (paste: PastedText) => void; onClose: () => void }) {
  const [text, setText] = useState(props.initial?.text ?? '');
  const [html, setHtml] = useState<Clipboard | null>(props.initial?.html ? props.initial : null);
  const [title, setTitle] = useState('');
  const [outlet, setOutlet] = useState('');
  const [date, setDate] = useState('');
  const [url, setUrl] = useState('');
  const given = { title, outlet, date, url };
  const problems = checkGiven(given);
  // The HTML stands for the text only while the text is the one that came with it.
  const useHtml = html !== null && html.text === text;

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const pastedHtml = event.clipboardData.getData('text/html');
    const pastedText = event.clipboardData.getData('text/plain');
    // Pasting into an empty box: keep the page's HTML for it (the text goes in as usual).
    if (pastedHtml && !text.trim()) setHtml({ text: pastedText.replace(/\r\n?/g, '\n'), html: pastedHtml });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim() || problems.length) return;
    props.onImport({ text, html: useHtml ? html.html : null, given: { title: title || null, outlet: outlet || null, date: date || null, url: url || null } });
  };
  return (
    <Modal title="Paste an article" onClose={props.onClose} testId="paste-dialog">
      <form onSubmit={submit} className="modal-form paste-form">
        <label>
          Text
          <textarea value={text} onChange={(e) => setText(e.target.value)} onPaste={onPaste} rows={10}
            placeholder="Paste the article here (Ctrl+V or ⌘V)" aria-describedby="paste-kind" />
        </label>
        <p id="paste-kind" className="muted paste-kind" data-testid="paste-kind">
          {useHtml ? 'Formatted text from a web page: its article text, title and outlet are read from the page.' : 'Plain text: the first short line is taken as the title unless you give one.'}
        </p>
        <div className="paste-fields">
          <label>Title<input value={title} onChange={(e) => setTitle(e.target.value)} placeholder="from the text if empty" /></label>
          <label>Outlet<input value={outlet} onChange={(e) => setOutlet(e.target.value)} placeholder="e.g. Reuters" /></label>
          <label>Date<input value={date} onChange={(e) => setDate(e.target.value)} placeholder="YYYY-MM-DD" inputMode="numeric" /></label>
          <label>URL<input value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://…" inputMode="url" /></label>
        </div>
        {problems.length > 0 && (
          <ul className="paste-problems" role="alert">
            {problems.map((p) => <li key={p}>{p}</li>)}
          </ul>
        )}
        <div className="modal-actions">
          <button type="button" onClick={props.onClose}>Cancel</button>
          <button type="submit" className="primary" disabled={!text.trim() || problems.length > 0}>Import</button>
        </div>
      </form>
    </Modal>
  );
}

/** True when the focus is somewhere typing goes (a field, a text area, an editable element). */
export function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.closest !== 'function') return false;
  return Boolean(el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'));
}
