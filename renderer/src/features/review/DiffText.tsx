/**
 * A claim with the words that differ from its partner marked. Side "a" shows what only A says (struck
 * through, red), side "b" what only B says (underlined, green): marks and colour, never colour alone.
 */
import type { DiffOp } from '../../../../shared/diff/pair-diff';

export function DiffText(props: { ops: readonly DiffOp[]; side: 'a' | 'b' | 'inline' }) {
  return (
    <span className="diff-text">
      {props.ops.map((op, i) => {
        if (op.op === 'equal') return <span key={i}>{op.text}</span>;
        if (op.op === 'delete') {
          if (props.side === 'b') return null;
          return <del key={i} className="diff-del" title="only in A">{op.text}</del>;
        }
        if (props.side === 'a') return null;
        return <ins key={i} className="diff-ins" title="only in B">{op.text}</ins>;
      })}
    </span>
  );
}
