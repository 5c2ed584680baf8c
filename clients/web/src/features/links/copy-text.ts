/**
 * Puts text on the clipboard. The Clipboard API exists only on secure pages (https, localhost); a console opened
 * at the venue's LAN address (http://192.168.…) falls back to a hidden text box and the copy command.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch { /* fall back below */ }
  const box = document.createElement('textarea');
  box.value = text;
  box.setAttribute('readonly', '');
  box.className = 'offscreen';
  document.body.appendChild(box);
  box.select();
  try {
    return document.execCommand?.('copy') ?? false;
  } catch {
    return false;
  } finally {
    box.remove();
  }
}
