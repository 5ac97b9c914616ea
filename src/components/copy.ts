/** Clipboard helper shared by the toolbar and the share and embed dialogs. */

/**
 * Copies `text`; falls back to a hidden textarea and `execCommand('copy')` where the async
 * clipboard is unavailable or refused (insecure origin, no permission). Returns whether it worked.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const ta = document.createElement('textarea');
    ta.value = text;
    ta.setAttribute('readonly', '');
    ta.style.position = 'fixed';
    ta.style.opacity = '0';
    document.body.appendChild(ta);
    ta.select();
    const ok = document.execCommand('copy');
    ta.remove();
    return ok;
  }
}
