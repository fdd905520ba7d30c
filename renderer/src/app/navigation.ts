/**
 * Going from one view to a place in another: a pair to Compare with both claims level, a cluster's
 * wording to the reader at the claim, a claim in the reader to its pairs in Review (issue 19). The
 * shell owns the views; features ask it to go somewhere through this context.
 */
import { createContext, useContext } from 'react';

export type View = 'read' | 'compare' | 'review';

export const VIEWS: readonly View[] = ['read', 'compare', 'review'];

export type Place =
  | { view: 'read'; articleId: string; claim?: { start: number; end: number } }
  | { view: 'compare'; left: string; right: string; pairId?: string }
  | { view: 'review'; pairId?: string };

/** A place asked for, with a serial number so asking for the same place twice goes there again. */
export type Target<P extends Place = Place> = P & { serial: number };

export const NavigateContext = createContext<(place: Place) => void>(() => {});

/** Goes to a place in another view. */
export function useNavigate(): (place: Place) => void {
  return useContext(NavigateContext);
}
