/** Hands the browser a file made on this page (a calendar entry, a data export, recovery codes) to save. */
export function saveFile(filename: string, contents: string, type: string): void {
  const url = URL.createObjectURL(new Blob([contents], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.click();
  // The download has started once click() returns; the URL only has to outlive that.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
