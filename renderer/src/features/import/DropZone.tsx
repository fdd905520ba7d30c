/**
 * Accepts files and folders dropped anywhere on the window. The overlay only shows while something is
 * dragged over; the items are handed on synchronously, as the DataTransfer empties after the event.
 */
import { useEffect, useState } from 'react';
import type { DroppedItems } from '../../../../shared/api/contract';

export function DropZone(props: { onDrop: (dropped: DroppedItems) => void; disabled: boolean }) {
  const [active, setActive] = useState(false);
  const { onDrop, disabled } = props;
  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      setActive(true);
    };
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setActive(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setActive(false);
      if (!disabled && e.dataTransfer) onDrop({ items: Array.from(e.dataTransfer.items) });
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [onDrop, disabled]);
  if (!active) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div>Drop articles or folders to import them into this case</div>
    </div>
  );
}
