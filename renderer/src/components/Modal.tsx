/**
 * A small modal dialog on the native <dialog> element: focus is trapped and Escape closes it, as
 * screen-reader users expect.
 */
import { useEffect, useRef, type ReactNode } from 'react';

export function Modal(props: { title: string; onClose: () => void; children: ReactNode; testId?: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  const { onClose } = props;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    dialog.showModal();
    const cancel = (event: Event) => {
      event.preventDefault();
      onClose();
    };
    dialog.addEventListener('cancel', cancel);
    return () => {
      dialog.removeEventListener('cancel', cancel);
      dialog.close();
    };
  }, [onClose]);
  return (
    <dialog ref={ref} className="modal" aria-label={props.title} data-testid={props.testId}>
      <h2 className="modal-title">{props.title}</h2>
      {props.children}
    </dialog>
  );
}
