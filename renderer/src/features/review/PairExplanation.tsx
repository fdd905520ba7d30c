/**
 * Why two claims were paired, in words a reviewer reads: the suggestion's reason, then the engine's
 * evidence ("same speaker (Moore)", "8 of 11 content words shared or synonymous") when the pair carries
 * it; the score only ever beside them, never alone (issue 19, "the score explained").
 */
import type { PairAssessment } from '../../../../shared/match/pairs';

export function PairExplanation(props: { pair: PairAssessment }) {
  const { pair } = props;
  const evidence = pair.evidence?.filter((e) => e.trim()) ?? [];
  return (
    <span className="explanation" data-testid="pair-explanation">
      <span className="reason">{pair.reason}</span>
      {evidence.length > 0 && (
        <span className="evidence" data-testid="pair-evidence">
          {' '}Paired because: {evidence.map((e, i) => <span key={i} className="evidence-item">{e}</span>)}
        </span>
      )}{' '}
      <span className="score" title="How alike the two claims are, from 0 to 1, from the evidence above">similarity {pair.score.toFixed(2)}</span>
    </span>
  );
}
