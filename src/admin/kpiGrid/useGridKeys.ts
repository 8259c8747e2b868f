import type { KeyboardEvent } from 'react';

const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/** The next cell with an input from (row, col) in a direction, skipping cells typed elsewhere. */
function nextInput(table: HTMLElement, row: number, col: number, [dr, dc]: [number, number]) {
  for (let r = row + dr, c = col + dc; ; r += dr, c += dc) {
    const cell = table.querySelector(`[data-cell="${r}:${c}"]`);
    if (!cell) return undefined;
    const input = cell.querySelector('input');
    if (input) return input;
  }
}

/**
 * Moves between the grid's cells as in a spreadsheet: arrows up and down, left and right
 * at the edge of the text (or with all of it selected), Enter down and Shift+Enter up.
 * Tab follows the page's order, row by row.
 */
export function onGridKeyDown(event: KeyboardEvent<HTMLInputElement>) {
  const input = event.currentTarget;
  const move = event.key === 'Enter' ? (event.shiftKey ? [-1, 0] : [1, 0]) : MOVES[event.key];
  if (!move) return;
  const { selectionStart, selectionEnd, value } = input;
  const all = selectionStart === 0 && selectionEnd === value.length;
  if (event.key === 'ArrowLeft' && !all && selectionEnd !== 0) return;
  if (event.key === 'ArrowRight' && !all && selectionStart !== value.length) return;
  const cell = input.closest<HTMLElement>('[data-cell]');
  const table = input.closest('table');
  if (!cell || !table) return;
  const [row, col] = cell.dataset.cell!.split(':').map(Number) as [number, number];
  const target = nextInput(table, row, col, move as [number, number]);
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.select();
}
