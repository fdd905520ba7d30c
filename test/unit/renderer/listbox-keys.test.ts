import { describe, expect, it } from 'vitest';
import { listboxMove } from '../../../renderer/src/components/listbox-keys';

describe('listbox keys', () => {
  it('moves by one, to either end, or by a screenful less one row, and stays inside the list', () => {
    expect(listboxMove('ArrowDown', 3, 50, 10)).toBe(4);
    expect(listboxMove('ArrowUp', 0, 50, 10)).toBe(0);
    expect(listboxMove('End', 3, 50, 10)).toBe(49);
    expect(listboxMove('Home', 30, 50, 10)).toBe(0);
    expect(listboxMove('PageDown', 3, 50, 10)).toBe(12);
    expect(listboxMove('PageDown', 45, 50, 10)).toBe(49);
    expect(listboxMove('PageUp', 5, 50, 10)).toBe(0);
    expect(listboxMove('PageDown', 0, 50, 1)).toBe(1);
  });

  it('ignores other keys and empty lists', () => {
    expect(listboxMove('j', 3, 50, 10)).toBeNull();
    expect(listboxMove('ArrowDown', 0, 0, 10)).toBeNull();
  });
});
