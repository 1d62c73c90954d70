// The map page's time slider (TimeSlider.razor renders it; no circuit). Moving an edge, "Show all dates" and each
// step of Play replace the address with the new window, and enhanced navigation redraws the page around the map.
// Positions are whole days from data-start; the window goes into the address as from/to (left out for the whole span).
const DAY = 86400000;
const PLAY_MS = 1200;
let player = null;

const slider = () => document.querySelector('[data-time-slider]');
const days = s => Number(s.dataset.days);
const edges = s => [...s.querySelectorAll('input[type=range]')].map(i => Number(i.value));
const iso = (s, pos) => new Date(Date.parse(s.dataset.start + 'T00:00:00Z') + pos * DAY).toISOString().slice(0, 10);

function urlFor(s, start, end) {
  const rest = location.search.slice(1).split('&').filter(p => p && !['from', 'to'].includes(p.split('=')[0]));
  const window = start === 0 && end === days(s) ? [] : [`from=${iso(s, start)}`, `to=${iso(s, end)}`];
  const query = [...window, ...rest].join('&');
  return location.pathname + (query ? '?' + query : '');
}

function show(s, start, end) {
  const url = urlFor(s, start, end);
  if (url !== location.pathname + location.search) Blazor.navigateTo(url, { replaceHistoryEntry: true });
}

// The next window of a playing animation, as DensityStrip.NextPlayWindow: the same width moved on by half of it;
// from the whole span it starts with an eighth of the span; null once the end is shown.
function nextWindow(total, start, end) {
  if (total === 0) return null;
  const width = end - start;
  if (width >= total) return [0, Math.max(1, Math.floor(total / 8))];
  if (end >= total) return null;
  const next = Math.min(start + Math.max(1, Math.floor((width + 1) / 2)), total - width);
  return [next, next + width];
}

function paint() {
  const s = slider(), button = s?.querySelector('[data-play]');
  if (!button) return;
  button.setAttribute('aria-pressed', String(!!player));
  button.innerHTML = player ? '<span aria-hidden="true">❚❚</span> Pause' : '<span aria-hidden="true">▶</span> Play';
}

function stop() { clearInterval(player); player = null; paint(); }

function step() {
  const s = slider();
  if (!s) { stop(); return; }
  const [start, end] = edges(s);
  const next = nextWindow(days(s), start, end);
  if (!next) { stop(); return; }
  show(s, ...next);
}

document.addEventListener('input', e => {
  const input = e.target.closest?.('[data-time-slider] input[type=range]');
  if (!input) return;
  const s = slider(), [startInput, endInput] = s.querySelectorAll('input[type=range]');
  if (input === startInput && Number(startInput.value) > Number(endInput.value)) endInput.value = startInput.value;
  if (input === endInput && Number(endInput.value) < Number(startInput.value)) startInput.value = endInput.value;
});

document.addEventListener('change', e => {
  if (!e.target.closest?.('[data-time-slider] input[type=range]')) return;
  const s = slider();
  show(s, ...edges(s));
});

document.addEventListener('click', e => {
  const s = e.target.closest?.('[data-time-slider]');
  if (!s) return;
  if (e.target.closest('[data-show-all]')) { stop(); show(s, 0, days(s)); return; }
  if (!e.target.closest('[data-play]')) return;
  if (player) { stop(); return; }
  if (days(s) === 0) return;
  player = setInterval(step, PLAY_MS);
  paint();
  const [start, end] = edges(s);
  if (end >= days(s) && !(start === 0 && end === days(s))) show(s, 0, end - start);
  else step();
});

// Enhanced navigation re-renders the slider from the server: keep the Pause state; leaving the map page stops play.
const hook = () => window.Blazor?.addEventListener?.('enhancedload', () => { if (!slider()) stop(); else paint(); });
if (window.Blazor) hook(); else addEventListener('DOMContentLoaded', hook);
