// The Share dialog on static reader pages: a native modal <dialog> (Esc closes it, the page behind is inert), focus
// kept inside while it is open, copying to the clipboard, and embed code (and its live preview) for the chosen
// target, size and theme. Listeners sit on the document, so they survive Blazor's enhanced navigations.
const html = s => String(s).replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

async function copy(text, field) {
  try { await navigator.clipboard.writeText(text); return true; }
  catch { if (!field) return false; field.select(); return document.execCommand('copy'); }
}

// "auto" follows the host page's reader; in this preview, that reader is the person looking at this page.
const pageTheme = () => document.documentElement.dataset.theme
  ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
const withTheme = (src, theme) => src + (src.includes('?') ? '&' : '?') + 'theme=' + encodeURIComponent(theme);

// The embed code for the chosen target (event or view), size and theme; the same text ShareLinks.Iframe writes.
function updateEmbed(box) {
  const set = box.querySelector('.share-embed');
  if (!set) return;
  const what = set.querySelector('input[type=radio]:checked')?.value ?? (set.dataset.embedEvent ? 'event' : 'view');
  const theme = set.querySelector('[data-embed-theme]').value;
  const base = what === 'event' ? set.dataset.embedEvent : set.dataset.embedView;
  const src = withTheme(base, theme);
  const title = what === 'event' ? set.dataset.embedEventTitle : set.dataset.embedViewTitle;
  const size = set.querySelector('[data-embed-size]').selectedOptions[0];
  const [w, h] = [size.dataset.width, size.dataset.height];
  set.querySelector('[data-embed-code]').value = `<iframe src="${html(src)}" width="${w}" height="${h}" title="${html(title)}" style="border:0" loading="lazy"></iframe>`;
  const frame = box.querySelector('.share-preview iframe');
  Object.assign(frame, { width: w, height: h, title: `Preview: ${title}` });
  Object.assign(frame.style, { width: `${w}px`, height: `${h}px` });
  const shown = withTheme(base, theme === 'auto' ? pageTheme() : theme);
  if (frame.getAttribute('src') !== shown) frame.src = shown;
}

const focusable = dialog => [...dialog.querySelectorAll('button, input, select, textarea, [href], [tabindex]:not([tabindex="-1"])')]
  .filter(el => !el.disabled && !el.hidden && el.offsetParent !== null && !el.closest('[inert]'));

document.addEventListener('click', async e => {
  const target = e.target.closest?.('[data-share-open], [data-share-close], [data-copy]');
  if (!target) {
    // A click on the backdrop (outside the dialog's box) closes it, as in the app's other dialogs.
    if (e.target.matches?.('dialog.share-dialog[open]')) {
      const r = e.target.getBoundingClientRect();
      if (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom) e.target.close();
    }
    return;
  }
  const box = target.closest('[data-share]');
  const dialog = box.querySelector('dialog');
  if (target.matches('[data-share-open]')) {
    box.querySelector('[data-share-status]').textContent = '';
    dialog.showModal();
    updateEmbed(box);
  } else if (target.matches('[data-share-close]')) {
    dialog.close();
  } else {
    const field = document.getElementById(target.dataset.copy);
    const ok = await copy(field.value, field);
    box.querySelector('[data-share-status]').textContent = ok ? target.dataset.copied
      : 'Copying was not allowed here: the text is selected, press Ctrl+C (⌘C on a Mac).';
  }
});

document.addEventListener('change', e => {
  const box = e.target.closest?.('[data-share]');
  if (box) updateEmbed(box);
});

// Tab and Shift+Tab go round the dialog's own controls; they never reach the browser's toolbar or the page behind.
document.addEventListener('keydown', e => {
  if (e.key !== 'Tab') return;
  const dialog = e.target.closest?.('dialog.share-dialog[open]') ?? document.querySelector('dialog.share-dialog[open]');
  if (!dialog) return;
  const items = focusable(dialog);
  if (items.length === 0) return;
  const [first, last] = [items[0], items[items.length - 1]];
  const inside = dialog.contains(document.activeElement);
  if (e.shiftKey && (document.activeElement === first || !inside)) { e.preventDefault(); last.focus(); }
  else if (!e.shiftKey && (document.activeElement === last || !inside)) { e.preventDefault(); first.focus(); }
});

// The button that opened the dialog gets focus back when it closes (Esc, Close or the backdrop).
document.addEventListener('close', e => {
  if (e.target.matches?.('dialog.share-dialog')) e.target.closest('[data-share]')?.querySelector('[data-share-open]')?.focus();
}, true);
