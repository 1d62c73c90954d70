// The split view's browser side: pointing at (or tabbing to) an entry of the list highlights its marker on the map
// without a round trip to the server; TimelineView owns the selection and asks here to scroll an entry into view.
import { highlight } from './map.js';

const HOVER_DELAY_MS = 200;

/** Listens on the timeline's body (list and map); in the list-only view there is no map and nothing happens. */
export function attach(body) {
  let timer, shown;
  const point = e => {
    const entry = e.target.closest?.('.timeline-list [data-slug]');
    const canvas = body.querySelector('.timeline-map .event-map-canvas');
    if (!entry || !canvas || entry.dataset.slug === shown) return;
    clearTimeout(timer);
    timer = setTimeout(() => { if (highlight(canvas, entry.dataset.slug)) shown = entry.dataset.slug; }, HOVER_DELAY_MS);
  };
  body.addEventListener('mouseover', point);
  body.addEventListener('focusin', point);
  // A marker click selects an entry (through Blazor); the next hover of any entry should highlight again.
  body.addEventListener('eventmap:select', e => { shown = e.detail.slug; });
}

/** Scrolls the list to the entry (on the page, or in the "Selected event" box above it). Focus stays in the map's popup. */
export function scrollToEntry(body, slug) {
  const entry = body.querySelector(`#entry-${CSS.escape(slug)}`);
  if (!entry) return;
  entry.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
}
