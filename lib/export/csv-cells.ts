/**
 * Exports open in Excel, which runs a cell that starts with =, +, - or @ as a formula (and tab or
 * carriage return lead to the same): such a cell is written behind an apostrophe, which Excel
 * shows as plain text and an import of this app takes off again (lib/import/cell-values.ts
 * unquoteNeutralized). A cell that already starts with an apostrophe before one of them gets a
 * second one, so the round trip gives back exactly what was stored.
 */
export function neutralizeFormula(cell: string): string {
  return /^'*[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
