/** Hand a file to the browser's downloads (thin wrapper over DOM globals). */
export function downloadText(fileName: string, text: string | string[], type = 'text/plain;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob(typeof text === 'string' ? [text] : text, { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file name from a title: letters, digits and dashes, at most 60 characters. */
export function fileSlug(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\w]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .toLowerCase() || 'review'
  );
}
