/**
 * A menu button (WAI-ARIA menu button pattern): the button opens a menu of actions; ArrowDown/ArrowUp,
 * Home and End move between them, Enter or Space runs one, Escape closes and gives focus back, Tab or a
 * click elsewhere closes. Written here rather than taken from Radix or Headless UI because those inject
 * <style> elements, which the page's CSP (style-src 'self') refuses.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface MenuItem {
  label: string;
  onSelect: () => void;
  disabled?: boolean;
}

export function MenuButton(props: { label: ReactNode; accessibleName: string; items: readonly MenuItem[]; disabled?: boolean; className?: string }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const id = useId();

  const itemsOf = () => [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)') ?? [])];
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    itemsOf()[0]?.focus();
    const outside = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const onMenuKey = (e: KeyboardEvent) => {
    const items = itemsOf();
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const move: Record<string, number> = { ArrowDown: (at + 1) % items.length, ArrowUp: (at - 1 + items.length) % items.length, Home: 0, End: items.length - 1 };
    if (e.key in move) {
      e.preventDefault();
      items[move[e.key]!]?.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close(true);
    } else if (e.key === 'Tab') close(false);
  };

  return (
    <span className={`menu-button${props.className ? ` ${props.className}` : ''}`}>
      <button ref={button} type="button" aria-haspopup="menu" aria-expanded={open} aria-controls={open ? id : undefined} aria-label={props.accessibleName}
        disabled={props.disabled} onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault();
            setOpen(true);
          }
        }}>
        {props.label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div ref={menu} id={id} role="menu" aria-label={props.accessibleName} className="menu" onKeyDown={onMenuKey}>
          {props.items.map((item) => (
            <button key={item.label} type="button" role="menuitem" tabIndex={-1} disabled={item.disabled}
              onClick={() => {
                close(true);
                item.onSelect();
              }}>
              {item.label}
            </button>
          ))}
        </div>
      )}
    </span>
  );
}
