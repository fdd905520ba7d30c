/**
 * The verdict of one pair (or of two claims no longer paired): the three verdict buttons and the note.
 * The draft follows the stored note except while it is being edited. Saving passes the note the draft
 * started from; when another tab saved a different note meanwhile, nothing is overwritten: both notes
 * are shown and the reviewer keeps both, keeps theirs, or keeps this one (issue 16).
 */
import { useState } from 'react';
import { MAX_NOTE_CHARS, VERDICT_LABELS, type Verdict, type VerdictValue } from '../../../../shared/review/verdicts';
import type { NoteResult } from '../../db/verdicts';

/** The note field's id: the review keys focus it with "n". */
export const NOTE_ID = 'review-note';

export function VerdictPanel(props: {
  verdict: Verdict | undefined;
  onVerdict: (v: VerdictValue) => void;
  /** Saves `note` if the stored note is still `base`. */
  onNote: (note: string, base: string) => Promise<NoteResult | undefined>;
}) {
  const { verdict } = props;
  const stored = verdict?.note ?? '';
  const [note, setNote] = useState(stored);
  const [synced, setSynced] = useState(stored);
  const [editing, setEditing] = useState(false);
  // The stored note the draft started from: a save only replaces that note.
  const [base, setBase] = useState(stored);
  const [conflict, setConflict] = useState<{ mine: string; theirs: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  if (stored !== synced) {
    setSynced(stored);
    if (!editing && !conflict) {
      setNote(stored);
      setBase(stored);
    }
  }

  const save = async (text: string, from: string) => {
    setProblem(null);
    try {
      const result = await props.onNote(text, from);
      if (result?.status === 'conflict') {
        setConflict({ mine: text, theirs: result.stored.note });
        return;
      }
      setConflict(null);
      if (result?.status === 'saved') {
        setNote(result.verdict.note);
        setBase(result.verdict.note);
      }
    } catch (err) {
      setProblem(err instanceof Error ? err.message : String(err));
    }
  };

  const resolve = (choice: 'both' | 'mine' | 'theirs') => {
    if (!conflict) return;
    if (choice === 'theirs') {
      setNote(conflict.theirs);
      setBase(conflict.theirs);
      setConflict(null);
      return;
    }
    void save(choice === 'both' ? `${conflict.theirs}\n\n${conflict.mine}` : conflict.mine, conflict.theirs);
  };

  return (
    <section className="verdict" aria-label="Verdict">
      <div className="verdict-buttons" role="group" aria-label="Verdict">
        {(['consistent', 'conflicting', 'unclear'] as const).map((v) => (
          <button key={v} type="button" className={`verdict-${v}`} aria-pressed={verdict?.verdict === v} onClick={() => props.onVerdict(v)}>
            {VERDICT_LABELS[v]} <kbd>{v === 'consistent' ? 'c' : v === 'conflicting' ? 'x' : 'u'}</kbd>
          </button>
        ))}
      </div>
      <label className="note">
        <span>Note <kbd>n</kbd></span>
        <textarea
          id={NOTE_ID}
          value={note}
          maxLength={MAX_NOTE_CHARS}
          readOnly={conflict !== null}
          placeholder={verdict ? 'Why? Sources checked, what to ask… (Enter saves)' : 'Give a verdict (c, x or u), then a note; Enter saves'}
          onChange={(e) => setNote(e.target.value)}
          onFocus={() => {
            if (!editing && !conflict) setBase(stored);
            setEditing(true);
          }}
          onBlur={() => {
            setEditing(false);
            if (conflict) return;
            if (note !== base) void save(note, base);
            else if (note !== stored) {
              // Nothing typed, but another tab saved a note meanwhile: show it.
              setNote(stored);
              setBase(stored);
            }
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              e.currentTarget.blur();
            }
            if (e.key === 'Escape') e.currentTarget.blur();
          }}
        />
      </label>
      {conflict && (
        <div className="note-conflict" role="alert" data-testid="note-conflict">
          <p><strong>This note was changed in another tab or window while you were writing.</strong> Nothing was overwritten.</p>
          <p className="muted">Saved there:</p>
          <blockquote data-testid="note-theirs">{conflict.theirs || '(empty)'}</blockquote>
          <p className="muted">Yours:</p>
          <blockquote data-testid="note-mine">{conflict.mine || '(empty)'}</blockquote>
          <div className="modal-actions">
            <button type="button" className="primary" onClick={() => resolve('both')}>Keep both</button>
            <button type="button" onClick={() => resolve('mine')}>Keep mine</button>
            <button type="button" onClick={() => resolve('theirs')}>Keep theirs</button>
          </div>
        </div>
      )}
      {problem && <p className="bad" role="alert">{problem}</p>}
      {verdict && (
        <p className="verdict-meta" data-testid="verdict-meta">
          {VERDICT_LABELS[verdict.verdict]} · {verdict.reviewer} · {new Date(verdict.at).toLocaleString()}
        </p>
      )}
    </section>
  );
}
