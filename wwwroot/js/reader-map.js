// <event-map-canvas> inside <section class="event-map" data-features data-selected data-map-options>: the event map on
// static pages (the split view). The canvas is data-permanent, so enhanced navigation keeps the drawn map and only the
// section's attributes change; after each navigation the map loads new features and highlights the selection.
// A marker click selects its entry through the address (?event=slug), as the list's "Show details" does.
import { create, load, highlight, dispose } from './map.js';
import { attach, scrollToEntry } from './split-view.js';

const withoutWindow = url => { const u = new URL(url, location.href); u.searchParams.delete('from'); u.searchParams.delete('to'); return u.search; };

class EventMapCanvas extends HTMLElement {
  async connectedCallback() {
    const section = this.closest('section.event-map');
    if (!section || this.ready) return;
    this.ready = create(this, JSON.parse(section.dataset.mapOptions || '{"types":[]}'), null);
    await this.ready;
    this.sync();
    const body = this.closest('.timeline-body');
    if (body && !body.splitAttached) { body.splitAttached = true; attach(body); }
  }

  disconnectedCallback() { if (!this.isConnected) { dispose(this); this.ready = null; this.loaded = this.shown = null; } }

  async sync() {
    const section = this.closest('section.event-map');
    if (!section || !this.ready) return;
    await this.ready;
    const features = section.dataset.features;
    if (features !== this.loaded) {
      const fit = this.loaded == null || withoutWindow(this.loaded) !== withoutWindow(features);
      this.loaded = features;
      await load(this, features, fit);
      this.shown = null;
    }
    section.setAttribute('aria-busy', 'false');
    const selected = section.dataset.selected;
    if (selected && selected !== this.shown && highlight(this, selected)) this.shown = selected;
  }
}
if (!customElements.get('event-map-canvas')) customElements.define('event-map-canvas', EventMapCanvas);

// The address with the event selected, in the order TimelineState.ToUrl writes it (filters, page, event, view).
function selectUrl(slug) {
  const parts = location.search.slice(1).split('&').filter(p => p);
  const keep = name => parts.filter(p => p.split('=')[0] === name);
  const filters = parts.filter(p => !['page', 'event', 'view'].includes(p.split('=')[0]));
  const all = [...filters, ...keep('page'), `event=${encodeURIComponent(slug)}`, ...keep('view')];
  return location.pathname + '?' + all.join('&');
}

let pendingScroll = null;
document.addEventListener('eventmap:select', e => {
  const canvas = e.target.closest?.('event-map-canvas');
  if (!canvas || !window.Blazor) return;
  canvas.shown = e.detail.slug;
  pendingScroll = e.detail.slug;
  // The map page replaces its address (as the time slider does); the split view adds a history entry, like "Show details".
  Blazor.navigateTo(selectUrl(e.detail.slug), { replaceHistoryEntry: !canvas.closest('.timeline-body') });
});

function afterNavigation() {
  document.querySelectorAll('event-map-canvas').forEach(c => c.sync());
  const slug = pendingScroll, body = document.querySelector('.timeline-body');
  pendingScroll = null;
  if (slug && body) requestAnimationFrame(() => scrollToEntry(body, slug));
}
const hook = () => window.Blazor?.addEventListener?.('enhancedload', afterNavigation);
if (window.Blazor) hook(); else addEventListener('DOMContentLoaded', hook);
