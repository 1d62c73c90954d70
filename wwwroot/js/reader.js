// Reader pages are static server-rendered HTML (no circuit). This module adds the few things that need a browser:
// the Share dialog (share.js) and Copy link (clipboard), and the timeline's filters applying as soon as they change.
// Listeners sit on the document, so they keep working across Blazor's enhanced navigations.
import './reader-map.js';
import './time-slider.js';
import './share.js';

document.addEventListener('click', async e => {
  const toggle = e.target.closest?.('[data-filters-toggle]');
  if (toggle) {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = (open ? 'Hide filters' : 'Show filters') + (toggle.dataset.active ? ` (${toggle.dataset.active} active)` : '');
    document.getElementById(toggle.getAttribute('aria-controls'))?.classList.toggle('is-open', open);
    return;
  }
  const target = e.target.closest?.('[data-copy-text]');
  if (target) {
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
  if (e.target.closest?.('[data-share]')) return;
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
