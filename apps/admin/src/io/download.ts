/** Offers bytes or text as a file download, the way every browser understands: a temporary object URL. */
export function download(fileName: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "strategie-2026-11-26.json": a file name that sorts by date. */
export function datedFileName(stem: string, extension: string, date = new Date()): string {
  return `${stem}-${date.toISOString().slice(0, 10)}.${extension}`;
}
