/**
 * Spreadsheet-like movement between the cells of the desktop form: arrows move, Enter goes down
 * (Shift+Enter up), left/right only leave a text box when the caret is at its edge.
 */
export interface Move {
  key: string;
  shift: boolean;
  row: number;
  col: number;
  rows: number;
  cols: number;
  caretAtStart: boolean;
  caretAtEnd: boolean;
  /** in a multi-line text box, up/down and Enter stay inside it */
  multiline: boolean;
}

export function nextCell(m: Move): { row: number; col: number } | null {
  const within = (row: number, col: number) =>
    row >= 0 && row < m.rows && col >= 0 && col < m.cols ? { row, col } : null;
  switch (m.key) {
    case 'ArrowUp':
      return m.multiline ? null : within(m.row - 1, m.col);
    case 'ArrowDown':
      return m.multiline ? null : within(m.row + 1, m.col);
    case 'Enter':
      return m.multiline ? null : within(m.row + (m.shift ? -1 : 1), m.col);
    case 'ArrowLeft':
      return m.caretAtStart ? within(m.row, m.col - 1) : null;
    case 'ArrowRight':
      return m.caretAtEnd ? within(m.row, m.col + 1) : null;
    default:
      return null;
  }
}

/**
 * Enter in the last row has no row below it: the form offers a new row (focus goes to 添加一行 and
 * the page says so) instead of adding one silently.
 */
export function offersNewRow(m: Pick<Move, 'key' | 'shift' | 'row' | 'rows' | 'multiline'>): boolean {
  return m.key === 'Enter' && !m.shift && !m.multiline && m.row === m.rows - 1;
}
