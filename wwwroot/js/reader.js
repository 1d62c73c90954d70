// Reader pages are static server-rendered HTML (no circuit). This module adds the few things that need a browser:
// the Share dialog and Copy link (clipboard), and the timeline's filters applying as soon as they change.
// Listeners sit on the document, so they keep working across Blazor's enhanced navigations.
import './reader-map.js';
import './time-slider.js';

const html = s => String(s).replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

async function copy(text, field) {
  try { await navigator.clipboard.writeText(text); return true; }
  catch { if (!field) return false; field.hidden = false; field.select(); return document.execCommand('copy'); }
}

// The embed code for the chosen target (event or view) and size; the same text ShareLinks.Iframe writes.
function updateEmbed(box) {
  const set = box.querySelector('.share-embed');
  if (!set) return;
  const what = set.querySelector('input[type=radio]:checked')?.value ?? (set.dataset.embedEvent ? 'event' : 'view');
  const src = what === 'event' ? set.dataset.embedEvent : set.dataset.embedView;
  const title = what === 'event' ? set.dataset.embedEventTitle : set.dataset.embedViewTitle;
  const size = set.querySelector('[data-embed-size]').selectedOptions[0];
  const [w, h] = [size.dataset.width, size.dataset.height];
  set.querySelector('[data-embed-code]').value = `<iframe src="${html(src)}" width="${w}" height="${h}" title="${html(title)}" style="border:0" loading="lazy"></iframe>`;
  const frame = set.querySelector('iframe');
  Object.assign(frame, { width: w, height: h, title: `Preview: ${title}` });
  if (frame.getAttribute('src') !== src) frame.src = src;
}

document.addEventListener('click', async e => {
  const toggle = e.target.closest?.('[data-filters-toggle]');
  if (toggle) {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = (open ? 'Hide filters' : 'Show filters') + (toggle.dataset.active ? ` (${toggle.dataset.active} active)` : '');
    document.getElementById(toggle.getAttribute('aria-controls'))?.classList.toggle('is-open', open);
    return;
  }
  const target = e.target.closest?.('[data-share-open], [data-share-close], [data-copy], [data-copy-text]');
  if (!target) return;
  const box = target.closest('[data-share]');
  if (target.matches('[data-share-open]')) {
    box.querySelector('[data-share-status]').textContent = '';
    box.querySelector('dialog').showModal();
    updateEmbed(box);
  } else if (target.matches('[data-share-close]')) {
    box.querySelector('dialog').close();
  } else if (target.matches('[data-copy]')) {
    const field = document.getElementById(target.dataset.copy);
    const ok = await copy(field.value, field);
    box.querySelector('[data-share-status]').textContent = ok ? target.dataset.copied
      : 'Copying was not allowed here: the text is selected, press Ctrl+C (⌘C on a Mac).';
  } else {
    const holder = target.closest('.copy-link'), fallback = holder.querySelector('input');
    try {
      await navigator.clipboard.writeText(target.dataset.copyText);
      holder.querySelector('[role=status]').textContent = 'Link copied.';
      fallback.hidden = true;
    } catch {
      holder.querySelector('[role=status]').textContent = 'Copying is not allowed here; select the link below and copy it.';
      fallback.hidden = false;
      fallback.focus();
      fallback.select();
    }
  }
});

document.addEventListener('change', e => {
  const box = e.target.closest?.('[data-share]');
  if (box) { updateEmbed(box); return; }
  const form = e.target.closest?.('form[data-auto-apply]');
  if (form && e.target.name !== 'q') apply(form);
});

// The timeline's filter form: a GET form that also works without JavaScript. With it, a change applies at once
// (search after a pause in typing) through enhanced navigation, and empty fields stay out of the address.
let typing;
document.addEventListener('input', e => {
  const form = e.target.closest?.('form[data-auto-apply]');
  if (!form || e.target.name !== 'q') return;
  clearTimeout(typing);
  typing = setTimeout(() => apply(form), 350);
});

document.addEventListener('submit', e => {
  const form = e.target;
  if (!form.matches?.('form[data-auto-apply]')) return;
  e.preventDefault();
  e.stopPropagation();
  clearTimeout(typing);
  apply(form);
}, true);

function apply(form) {
  const query = new URLSearchParams();
  for (const [k, v] of new FormData(form)) if (String(v).trim()) query.append(k, String(v).trim());
  const text = query.toString();
  const url = new URL(form.getAttribute('action') || '/', location.href);
  url.search = text;
  if (url.href === location.href) return;
  window.Blazor ? Blazor.navigateTo(url.pathname + url.search) : location.assign(url);
}

// The split view draws the axis too, and enhanced navigation does not run the module script its markup names.
const axis = () => { if (document.querySelector('[data-axis]')) import('./axis.js'); };
axis();
if (window.Blazor) Blazor.addEventListener?.('enhancedload', axis); else addEventListener('DOMContentLoaded', () => window.Blazor?.addEventListener?.('enhancedload', axis));

document.documentElement.dataset.readerReady = 'true';
