/**
 * Saving text as a file from the page: a Blob object URL and a clicked link, so nothing leaves the
 * browser (the site's CSP forbids requests anyway).
 */

/** Saves `text` as a file named `name` of media type `type` (default `text/plain`). */
export function download(name: string, text: string, type = 'text/plain'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // Revoked after the click has been handled, not before.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
