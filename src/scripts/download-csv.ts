/** Hands a CSV the island made to the browser as a download, the same way for every island. */
export function downloadCsv(csv: string, fileName: string, host: HTMLElement): void {
  // The byte-order mark tells spreadsheet programs the file is UTF-8 (°C, accents).
  const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  host.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers read the Blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
