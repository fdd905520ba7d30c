/**
 * The verdict of one pair (or of two claims no longer paired): the three verdict buttons and the note.
 * The note is saved as it is typed (a moment after the last key, and at once on Enter, Esc, leaving the
 * field or the pair), with or without a verdict: before one it is a draft that the verdict then takes
 * (issue 19: a note typed before a verdict was lost). The field follows the stored note except while
 * it is being edited. Saving passes the note the edit started from; when another tab saved a different
 * note meanwhile, nothing is overwritten: both notes are shown and the reviewer keeps both, keeps
 * theirs, or keeps this one (issue 16). Colleagues' verdicts merged beside this one are listed.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Opinion } from '../../../../shared/review/merge';
import { MAX_NOTE_CHARS, VERDICT_LABELS, type Verdict, type VerdictValue } from '../../../../shared/review/verdicts';
import type { NoteResult } from '../../db/verdicts';

/** The note field's id: the review keys focus it with "n". */
export const NOTE_ID = 'review-note';

/** How long typing pauses before the note is saved (a later key restarts the wait). */
const SAVE_AFTER_MS = 500;

/** What saving a note did: saved on the verdict (or a conflict), or kept as a draft. */
export type NoteSave = NoteResult | { status: 'draft' };

export function VerdictPanel(props: {
  verdict: Verdict | undefined;
  /** The stored draft note, when there is no verdict yet. */
  draft?: string;
  opinions?: readonly Opinion[];
  onVerdict: (v: VerdictValue) => void;
  /** Saves `note` if the stored note is still `base`. */
  onNote: (note: string, base: string) => Promise<NoteSave | undefined>;
}) {
  const { verdict } = props;
  const stored = verdict?.note ?? props.draft ?? '';
  const [saved, setSaved] = useState<'saving' | 'saved' | 'draft' | null>(null);
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

  // The latest values for the debounced save and the save on leaving (the pane unmounts per pair).
  const latest = useRef({ note, base, onNote: props.onNote, mounted: true });
  useLayoutEffect(() => {
    latest.current = { ...latest.current, note, base, onNote: props.onNote };
  });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const save = async (text: string, from: string) => {
    clearTimeout(timer.current);
    setProblem(null);
    setSaved('saving');
    try {
      const result = await latest.current.onNote(text, from);
      if (!latest.current.mounted) return;
      if (result?.status === 'conflict') {
        setSaved(null);
        setConflict({ mine: text, theirs: result.stored.note });
        return;
      }
      setConflict(null);
      setSaved(result?.status === 'saved' ? 'saved' : result?.status === 'draft' ? 'draft' : null);
      if (result?.status === 'saved') {
        // Keep what is being typed; the next save starts from what was stored.
        if (latest.current.note === text) setNote(result.verdict.note);
        setBase(result.verdict.note);
      } else if (result?.status === 'draft') setBase(text);
    } catch (err) {
      if (latest.current.mounted) {
        setSaved(null);
        setProblem(err instanceof Error ? err.message : String(err));
      }
    }
  };

  // Leaving the pair (or the view) saves what was typed and not yet saved.
  useEffect(() => {
    latest.current.mounted = true;
    return () => {
      latest.current.mounted = false;
      clearTimeout(timer.current);
      const { note: text, base: from, onNote } = latest.current;
      if (text !== from) void onNote(text, from);
    };
  }, []);

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
          placeholder={verdict ? 'Why? Sources checked, what to ask… (saved as you type)' : 'Why? Saved as you type, as a draft until you give a verdict (c, x or u)'}
          onChange={(e) => {
            const text = e.target.value;
            setNote(text);
            setSaved(null);
            clearTimeout(timer.current);
            timer.current = setTimeout(() => {
              if (!conflict && latest.current.note !== latest.current.base) void save(latest.current.note, latest.current.base);
            }, SAVE_AFTER_MS);
          }}
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
      <p className="note-status muted" data-testid="note-status" aria-live="polite">
        {saved === 'saving' ? 'Saving…' : saved === 'saved' ? 'Saved' : saved === 'draft' ? 'Draft saved: the verdict you give will keep it' : note !== base ? 'Not saved yet' : ''}
      </p>
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
      {verdict && props.opinions && props.opinions.length > 0 && (
        <div className="opinions" data-testid="opinions">
          {props.opinions.some((o) => o.verdict !== verdict.verdict) && <p className="badge disagreement-badge">Disagreement</p>}
          {props.opinions.map((o) => (
            <p key={o.id} className="opinion" data-testid="opinion">
              Also reviewed: <strong className={`verdict-${o.verdict}`}>{VERDICT_LABELS[o.verdict]}</strong> · {o.reviewer} · {new Date(o.at).toLocaleString()}
              {o.note && <span className="opinion-note"> — {o.note}</span>}
              <span className="muted"> (merged from {o.source})</span>
            </p>
          ))}
        </div>
      )}
    </section>
  );
}
