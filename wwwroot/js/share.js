// The share dialog's browser side: open/close the native <dialog> and copy text to the clipboard.
export function open(dialog) {
  if (!dialog.open) dialog.showModal();
}

export function close(dialog) {
  dialog.close();
}

// Returns whether the text reached the clipboard; falls back to selecting the field and the old copy command.
export async function copy(text, field) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!field) return false;
    field.select();
    return document.execCommand('copy');
  }
}
