// The time axis (/?view=axis and /embed/axis): our own SVG, fed by /api/axis, which bins on the server.
// The visible window is the address's from/to, so Back restores it and a link reproduces it. During a gesture (wheel,
// drag, pinch, keys) the drawn marks are only moved by an SVG transform; the answer for the new window is fetched and
// drawn once the gesture settles, which is also when the address changes (one history entry per gesture). Event text goes into the
// page as DOM text, never as HTML. No library: d3's modules would need an import map (inline script, refused by our CSP)
// or a bundler, and the drawing needs only a linear scale, ticks and pointer handling.
const SVG = 'http://www.w3.org/2000/svg';
const MIN_DAYS = 2, MAX_DAYS = 366 * 3000, SETTLE_MS = 200, LIST_MAX = 300;
const TOP = 26, ROW = 15, LANE_HEAD = 16, MAX_ROWS = 4;
// Titles beside marks: at most LABEL_MAX px wide, none shorter than LABEL_MIN (then the mark goes unlabelled), in this font.
const LABEL_GAP = 4, LABEL_MIN = 36, LABEL_MAX = 180, LABEL_FONT = '11px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const FILTER_KEYS = ['type', 'country', 'actor', 'tag', 'q'];

// Dates are whole days counted from 1970-01-01 (UTC arithmetic only, so nothing shifts with the time zone).
function dayOf(iso) {
  const m = /^(-?\d+)-(\d\d)-(\d\d)$/.exec(iso ?? '');
  if (!m) return null;
  const d = new Date(0);
  d.setUTCFullYear(+m[1], +m[2] - 1, +m[3]);
  return Math.round(d.getTime() / 864e5);
}
function dateOf(day) { return new Date(Math.round(day) * 864e5); }
function isoOf(day) {
  const d = dateOf(day), y = d.getUTCFullYear();
  return `${String(y).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}
function textOf(day) { const d = dateOf(day); return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`; }

function el(tag, attrs, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text != null) node.textContent = text;
  return node;
}
function html(tag, text, className) {
  const node = document.createElement(tag);
  if (text != null) node.textContent = text;
  if (className) node.className = className;
  return node;
}

// Tick steps from a day to a millennium; the first that leaves about 90 px per label wins.
const STEPS = [[1, 'd'], [2, 'd'], [7, 'd'], [14, 'd'], [1, 'm'], [3, 'm'], [6, 'm'],
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].map(n => [n, 'y'])];
function ticks(from, to, width) {
  const span = to - from, most = Math.max(2, width / 90);
  const [n, unit] = STEPS.find(([n, u]) => span / (n * (u === 'd' ? 1 : u === 'm' ? 30.4 : 365.25)) <= most) ?? STEPS.at(-1);
  const out = [], start = dateOf(from);
  if (unit === 'd') {
    const first = n === 7 || n === 14 ? from - ((dateOf(from).getUTCDay() + 6) % 7) : Math.floor(from);
    for (let d = first; d <= to; d += n) if (d >= from) {
      const t = dateOf(d);
      out.push([d, t.getUTCDate() + ' ' + MONTHS[t.getUTCMonth()] + (t.getUTCMonth() === 0 && t.getUTCDate() <= n || out.length === 0 ? ' ' + t.getUTCFullYear() : '')]);
    }
  } else if (unit === 'm') {
    let y = start.getUTCFullYear(), m = start.getUTCMonth();
    for (let i = 0; i < 2000; i++, m++) {
      if (m > 11) { m = 0; y++; }
      const d = dayOf(`${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}-01`);
      if (d > to) break;
      if (d >= from && m % n === 0) out.push([d, MONTHS[m] + (m === 0 || out.length === 0 ? ' ' + y : '')]);
    }
  } else {
    for (let y = Math.ceil(start.getUTCFullYear() / n) * n; ; y += n) {
      const d = dayOf(`${String(y).padStart(4, '0')}-01-01`);
      if (d == null || d > to) break;
      if (d >= from) out.push([d, String(y)]);
    }
  }
  return out;
}

// Makes parent's children exactly `wanted`, in that order, moving only the nodes that are out of place.
function order(parent, wanted) {
  let next = parent.firstChild;
  for (const node of wanted) {
    if (node === next) next = next.nextSibling;
    else parent.insertBefore(node, next);
  }
  while (next) { const after = next.nextSibling; next.remove(); next = after; }
}

class Axis {
  constructor(root) {
    this.root = root;
    this.embed = root.dataset.embed === 'true';
    this.split = root.dataset.view === 'split';
    this.base = root.dataset.base ?? '';
    this.chart = root.querySelector('.axis-chart');
    this.svg = root.querySelector('.axis-svg');
    this.plot = root.querySelector('.axis-marks');
    this.tip = root.querySelector('.axis-tip');
    this.status = root.querySelector('.axis-status');
    this.windowText = root.querySelector('.axis-window');
    this.list = root.querySelector('.axis-list');
    this.more = root.querySelector('.axis-more');
    this.data = null;
    this.drawn = null;
    this.settleTimer = 0;
    this.frame = 0;
    this.readAddress();
    this.bind();
    this.load();
  }

  // --- the address --------------------------------------------------------------------------------------------
  // The window the address names; the one on screen stays when it is what the address says (rounded to days).
  readAddress() {
    const p = new URLSearchParams(location.search);
    const from = dayOf(p.get('from')), to = dayOf(p.get('to'));
    const same = this.view && this.windowOf(this.address()) === this.windowOf(location.href);
    if (!same) this.view = from != null && to != null && to >= from ? { from, to: to + 1 } : null;
    this.lanes = ['country', 'actor'].includes(p.get('lanes')) ? p.get('lanes') : 'type';
    for (const a of this.root.querySelectorAll('.axis-lanes a')) {
      if (a.dataset.lanes === this.lanes) a.setAttribute('aria-current', 'true'); else a.removeAttribute('aria-current');
    }
  }

  // The address for a window, written as the server writes it (TimelineState.ToUrl: from and to first, the rest as it
  // was; a new window is page 1), so the split view's page never answers with a redirect to its tidy form.
  address(view = this.view) {
    const name = part => decodeURIComponent(part.split('=')[0]);
    const rest = location.search.slice(1).split('&').filter(part => part && !['from', 'to', 'page', 'lanes'].includes(name(part)));
    const window = view ? [`from=${isoOf(view.from)}`, `to=${isoOf(Math.max(view.from, Math.ceil(view.to) - 1))}`] : [];
    const lanes = this.lanes === 'type' ? [] : [`lanes=${this.lanes}`];
    return location.pathname + '?' + [...window, ...rest, ...lanes].join('&');
  }

  windowOf(url) {
    const p = new URL(url, location.href).searchParams;
    return ['from', 'to'].map(k => p.get(k)).join('/');
  }

  // One history entry per settled gesture; an embed never adds entries, so the report's own Back button keeps working.
  // In the split view the whole page follows (list, counts, map): an enhanced navigation, which keeps the axis as drawn.
  commit() {
    const url = this.address();
    if (this.windowOf(url) === this.windowOf(location.href)) return;
    if (this.split) { window.Blazor ? Blazor.navigateTo(url) : location.assign(url); return; }
    if (this.embed) history.replaceState({ axis: true }, '', url);
    else history.pushState({ axis: true }, '', url);
    this.updateLinks();
  }

  updateLinks() {
    for (const a of this.root.querySelectorAll('.axis-lanes a')) {
      const saved = this.lanes; this.lanes = a.dataset.lanes;
      a.href = this.address(); this.lanes = saved;
    }
    const full = this.embed && document.querySelector('.embed-foot a');
    if (full) full.href = this.base + '/?' + new URLSearchParams([...new URLSearchParams(location.search)].filter(([k]) => k !== 'theme').concat([['view', 'axis']])).toString();
    // The other views' links carry the window, in the order the server writes (from and to first).
    const here = new URLSearchParams(location.search);
    if (this.split || !here.get('from') || !here.get('to')) return;
    for (const a of document.querySelectorAll('.view-toggle a')) {
      const u = new URL(a.href, location.href);
      const rest = u.search.slice(1).split('&').filter(part => part && !['from', 'to'].includes(part.split('=')[0]));
      a.href = u.pathname + '?' + [`from=${here.get('from')}`, `to=${here.get('to')}`, ...rest].join('&');
    }
  }

  // --- zoom and pan -------------------------------------------------------------------------------------------
  // The chart's width and left edge are read once and kept until a resize or a scroll: reading them in a gesture's
  // handlers right after a change would force a layout per event.
  width() { return this.w ??= Math.max(200, this.chart.clientWidth); }
  left() { return this.leftEdge ??= this.chart.getBoundingClientRect().left; }
  x(day) { return (day - this.view.from) / (this.view.to - this.view.from) * this.width(); }
  dayAt(px) { return this.view.from + px / this.width() * (this.view.to - this.view.from); }

  zoom(factor, atPx = this.width() / 2) {
    if (!this.view) return;
    const at = this.dayAt(atPx), span = this.view.to - this.view.from;
    const next = Math.min(MAX_DAYS, Math.max(MIN_DAYS, span * factor));
    const from = at - (at - this.view.from) * next / span;
    this.setView(from, from + next);
  }

  pan(px) {
    if (!this.view) return;
    const days = px / this.width() * (this.view.to - this.view.from);
    this.setView(this.view.from - days, this.view.to - days);
  }

  // Moves the drawing at once (a transform, next frame); the address, the fetch and the full redraw wait until the
  // gesture has settled, so a frame of a gesture never rebuilds the marks.
  setView(from, to) {
    this.view = { from, to };
    this.root.setAttribute('aria-busy', 'true');
    this.draw();
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => { this.settleTimer = 0; this.commit(); this.load(); }, SETTLE_MS);
  }

  bind() {
    this.root.querySelectorAll('[data-zoom]').forEach(b => b.addEventListener('click', () => this.zoom(b.dataset.zoom === 'in' ? 1 / 1.5 : 1.5)));
    this.root.querySelector('.axis-lanes')?.addEventListener('click', e => {
      const a = e.target.closest('a[data-lanes]');
      if (!a) return;
      e.preventDefault(); e.stopPropagation();
      this.lanes = a.dataset.lanes;
      history.pushState({ axis: true }, '', this.address());
      this.readAddress();
      this.load();
    });
    this.chart.addEventListener('keydown', e => this.key(e));
    this.chart.addEventListener('wheel', e => this.wheel(e), { passive: false });
    this.bindPointers();
    this.plot.addEventListener('click', e => {
      if (this.dragged) { e.preventDefault(); e.stopPropagation(); return; }
      const cluster = e.target.closest('a.axis-cluster');
      if (cluster) { e.preventDefault(); e.stopPropagation(); this.zoomTo(cluster); }
    }, true);
    const show = e => { const a = e.target.closest?.('a.axis-mark, a.axis-cluster') ?? e.target.mark; if (a) this.showTip(a); };
    const hide = e => { if (e.target.closest?.('a.axis-mark, a.axis-cluster') || e.target.mark) this.tip.hidden = true; };
    this.plot.addEventListener('pointerover', show);
    this.plot.addEventListener('focusin', show);
    this.plot.addEventListener('pointerout', hide);
    this.plot.addEventListener('focusout', hide);
    const moved = () => { this.leftEdge = null; };
    addEventListener('scroll', moved, { passive: true, capture: true });
    addEventListener('resize', moved, { passive: true });
    let width = this.width();
    new ResizeObserver(() => {
      this.w = this.leftEdge = null;
      if (this.width() === width) return;
      width = this.width();
      this.drawn = null;
      this.draw(); this.load();
    }).observe(this.chart);
  }

  // As a map embed does: a plain wheel scrolls the page (and says how to zoom), Ctrl/⌘ + wheel or a pinch (which the
  // browser reports as a wheel with ctrlKey) zooms at the pointer, and a sideways swipe (deltaX dominant) pans.
  wheel(e) {
    if (!this.view) return;
    const lines = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? this.width() : 1;
    const dx = e.deltaX * lines, dy = e.deltaY * lines;
    if (e.ctrlKey || e.metaKey) {
      e.preventDefault();
      // A mouse notch (~100 px) zooms about as much as a button press; a pinch's small deltas zoom smoothly.
      this.zoom(Math.exp(Math.max(-60, Math.min(60, dy)) * 0.008), e.clientX - this.left());
    } else if (Math.abs(dx) > Math.abs(dy)) {
      e.preventDefault();
      this.pan(-dx);
    } else if (dy !== 0) this.showHint();
  }

  showHint() {
    const hint = this.root.querySelector('.axis-hint');
    if (!hint) return;
    const mac = /Mac|iPhone|iPad/.test(navigator.userAgentData?.platform ?? navigator.platform ?? '');
    hint.textContent = `Use ${mac ? '⌘' : 'Ctrl'} + scroll to zoom`;
    hint.hidden = false;
    clearTimeout(this.hintTimer);
    this.hintTimer = setTimeout(() => { hint.hidden = true; }, 1500);
  }

  key(e) {
    const mark = e.target.closest?.('a.axis-mark, a.axis-cluster');
    if (e.key === 'Enter' && mark) {
      e.preventDefault();
      if (mark.classList.contains('axis-cluster')) this.zoomTo(mark);
      else if (this.embed) window.open(mark.getAttribute('href'), '_blank', 'noopener');
      else location.assign(mark.getAttribute('href'));
      return;
    }
    const step = this.width() / 10;
    const actions = {
      ArrowLeft: () => this.pan(step), ArrowRight: () => this.pan(-step),
      '+': () => this.zoom(1 / 1.5), '=': () => this.zoom(1 / 1.5),
      '-': () => this.zoom(1.5), '_': () => this.zoom(1.5),
    };
    if (!actions[e.key] || e.ctrlKey || e.metaKey || e.altKey) return;
    e.preventDefault();
    actions[e.key]();
  }

  bindPointers() {
    const pointers = new Map();
    let last = null;
    this.chart.addEventListener('pointerdown', e => {
      if (e.button !== 0) return;
      pointers.set(e.pointerId, e.clientX);
      this.dragged = false;
      this.downAt = e.clientX;
      last = null;
    });
    this.chart.addEventListener('pointermove', e => {
      if (!pointers.has(e.pointerId) || !this.view) return;
      const before = pointers.get(e.pointerId);
      pointers.set(e.pointerId, e.clientX);
      if (!this.dragged && Math.abs(e.clientX - this.downAt) < 4 && pointers.size === 1) return;
      if (!this.dragged) { this.dragged = true; this.chart.setPointerCapture(e.pointerId); }
      if (pointers.size === 2) {
        const [a, b] = [...pointers.values()];
        const gap = Math.max(10, Math.abs(a - b));
        if (last) this.zoom(last / gap, (a + b) / 2 - this.left());
        last = gap;
      } else this.pan(e.clientX - before);
    });
    const up = e => {
      pointers.delete(e.pointerId);
      last = null;
      if (pointers.size === 0) setTimeout(() => { this.dragged = false; }, 0);
    };
    this.chart.addEventListener('pointerup', up);
    this.chart.addEventListener('pointercancel', up);
  }

  zoomTo(cluster) {
    const from = dayOf(cluster.dataset.start), to = dayOf(cluster.dataset.end) + 1;
    const pad = Math.max(1, (to - from) * 0.1);
    this.setView(from - pad, to + pad);
  }

  showTip(a) {
    this.tip.replaceChildren(html('strong', a.dataset.title), html('div', a.dataset.when));
    this.tip.hidden = false;
    const box = a.getBoundingClientRect(), chart = this.chart.getBoundingClientRect();
    const left = Math.min(Math.max(0, box.left - chart.left), chart.width - this.tip.offsetWidth);
    this.tip.style.left = `${Math.max(0, left)}px`;
    this.tip.style.top = `${box.bottom - chart.top + 4}px`;
  }

  // --- data ---------------------------------------------------------------------------------------------------
  async load() {
    const p = new URLSearchParams();
    const here = new URLSearchParams(location.search);
    for (const k of FILTER_KEYS) for (const v of here.getAll(k)) p.append(k, v);
    const w = this.width();
    if (this.view) {
      // Half a window either side, so a pan shows marks at once while the next answer is on its way.
      const span = this.view.to - this.view.from;
      p.set('from', isoOf(Math.floor(this.view.from - span / 2)));
      p.set('to', isoOf(Math.ceil(this.view.to + span / 2)));
      p.set('width', String(Math.min(4000, Math.round(w * 2))));
    } else {
      for (const k of ['from', 'to']) if (here.get(k)) p.set(k, here.get(k));
      p.set('width', String(Math.min(4000, Math.round(w))));
    }
    p.set('lanes', this.lanes);
    this.loadedFilters = this.filters();
    this.controller?.abort();
    const controller = this.controller = new AbortController();
    if (!this.data) this.status.textContent = 'Loading events…';
    this.root.setAttribute('aria-busy', 'true');
    try {
      const response = await fetch('/api/axis?' + p, { signal: controller.signal, headers: { Accept: 'application/json' } });
      const body = await response.json();
      if (!response.ok) throw new Error(body.title ?? response.statusText);
      if (controller !== this.controller) return;
      for (const x of [...body.marks, ...body.clusters]) { x.s = dayOf(x.start); x.e = dayOf(x.end) + 1; }
      // An answer that arrives while a new gesture is under way is not drawn: drawing would stall that gesture's frames,
      // and its own settling fetches and draws its window.
      if (this.settleTimer && this.drawn) return;
      this.data = body;
      if (!this.view && body.from) {
        const from = dayOf(body.from), to = dayOf(body.to) + 1, pad = Math.max(1, (to - from) * 0.03);
        this.view = { from: from - pad, to: to + pad };
      }
      this.render();
      if (!this.settleTimer) this.root.removeAttribute('aria-busy');
      this.root.dataset.loaded = 'true';
      this.describe();
    } catch (err) {
      if (err.name === 'AbortError') return;
      this.root.removeAttribute('aria-busy');
      this.status.textContent = `The events could not be loaded: ${err.message}`;
    }
  }

  // After an enhanced navigation: the axis page's merge empties the drawing (draw it again from what we hold); the
  // split view keeps it (data-permanent), and its Back, a filter change or a marker click may have changed the address.
  restore() {
    for (const [key, selector] of [['svg', '.axis-svg'], ['plot', '.axis-marks'], ['tip', '.axis-tip'], ['status', '.axis-status'], ['windowText', '.axis-window'], ['list', '.axis-list'], ['more', '.axis-more']])
      this[key] = this.root.querySelector(selector);
    const before = this.view;
    this.readAddress();
    if (this.data) this.root.dataset.loaded = 'true';
    if (this.view !== before || this.filters() !== this.loadedFilters) { this.draw(); this.load(); }
    else if (this.plot.childElementCount === 0) { this.drawn = null; this.render(); this.describe(); }
    this.updateLinks();
  }

  filters() {
    const here = new URLSearchParams(location.search);
    return FILTER_KEYS.flatMap(k => here.getAll(k).map(v => `${k}=${v}`)).join('&');
  }

  // --- drawing ------------------------------------------------------------------------------------------------
  draw() {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.drawn?.w === this.width() && this.view) this.move(); else this.render();
    });
  }

  // One frame of a gesture: the marks' own SVG (a composited layer) is moved from this.drawn to this.view by a CSS
  // transform (scale x, then shift), which the GPU does without repainting; only the tick labels are drawn again.
  move() {
    const t0 = performance.now();
    const { drawn, view } = this, w = drawn.w, span = view.to - view.from;
    const k = (drawn.to - drawn.from) / span, dx = (drawn.from - view.from) / span * w;
    this.plot.style.transform = `translate(${dx.toFixed(2)}px, 0) scale(${k.toFixed(5)}, 1)`;
    // Titles would be stretched by the scale: hidden until the zoom settles and they are laid out again.
    this.plot.classList.toggle('scaling', Math.abs(k - 1) > 1e-4);
    this.svg.querySelector('g.ticks')?.replaceWith(this.drawTicks());
    this.windowText.textContent = `${textOf(view.from)} – ${textOf(Math.ceil(view.to) - 1)}`;
    this.root.dataset.frameMs = (performance.now() - t0).toFixed(1);
  }

  drawTicks() {
    const g = el('g', { class: 'ticks' });
    for (const [day, label] of ticks(this.view.from, this.view.to, this.width())) {
      const x = this.x(day), tick = el('g', { class: 'tick' });
      tick.append(el('line', { x1: x, x2: x, y1: 18, y2: 4000 }), el('text', { x: x + 3, y: 13 }, label));
      g.append(tick);
    }
    return g;
  }

  // A drawing of what the last answer holds, for the window and half a window either side (what was fetched), so
  // that a pan shows marks at once. Incremental: each mark or cluster is one <a>, kept by key (lane and slug, or lane
  // and days) from one drawing to the next and only touched when its shape changed. Marks are placed in day
  // coordinates fixed while the zoom level stays (this.anchor, this.ppd), so after a pan most of them do not change;
  // the layer's offset puts them under the window. The frame (ticks, lane names and lines) is the other, small SVG.
  render() {
    const t0 = performance.now();
    const data = this.data, view = this.view, w = this.width();
    const nodes = [];
    let y = TOP;
    this.drawn = view ? { ...view, w } : null;
    const focused = this.plot.contains(document.activeElement) ? document.activeElement : null;
    if (!this.layer || !this.layer.isConnected) {
      this.layer = el('g', {});
      this.plot.replaceChildren(this.defs(), this.layer);
      this.shapes = new Map();
      this.anchor = null;
    }
    const seen = new Set(), lanes = [];
    if (data && view) {
      const ppd = w / (view.to - view.from);
      // A new zoom level (or a far pan, where coordinates would grow large) starts a new coordinate system.
      if (this.anchor == null || Math.abs(ppd - this.ppd) > this.ppd * 1e-9 || Math.abs(view.from - this.anchor) * ppd > 1e5) {
        this.anchor = view.from; this.ppd = ppd;
      }
      const shift = (this.anchor - view.from) * this.ppd;
      this.layer.setAttribute('transform', `translate(${(w / 2 + shift).toFixed(2)} 0)`);
      // What is drawn: -w/2 to 1.5 w around the window, in the layer's coordinates.
      const lo = -w / 2 - shift, hi = 1.5 * w - shift;
      nodes.push(this.drawTicks());
      const byLane = new Map(data.lanes.map(l => [l.key, { lane: l, marks: [], clusters: [] }]));
      for (const m of data.marks) byLane.get(m.lane)?.marks.push(m);
      for (const c of data.clusters) byLane.get(c.lane)?.clusters.push(c);
      for (const { lane, marks, clusters } of byLane.values()) {
        // A lane says how many of its events are in the window, as the status line counts them; the answer also
        // holds half a window either side (for panning), which neither counts. A lane with none in view is left out.
        const inView = lane.clustered ? clusters.filter(c => this.inView(c)).reduce((n, c) => n + c.count, 0) : marks.filter(m => this.inView(m)).length;
        if (inView === 0) continue;
        const g = el('g', { class: 'lane-frame' });
        g.append(el('text', { class: 'lane-label', x: 4, y: y + 11 }, `${lane.label} · ${inView.toLocaleString('en-GB')}`));
        const group = this.laneGroup(lane.key), wanted = [];
        const rows = lane.clustered ? this.drawClusters(wanted, clusters, y + LANE_HEAD, lane, lo, hi)
          : this.drawMarks(wanted, marks, y + LANE_HEAD, lo, hi, [-shift, w - shift]);
        for (const a of wanted) seen.add(a);
        seen.add(group);
        order(group, wanted);
        lanes.push(group);
        y += LANE_HEAD + rows * ROW + 8;
        g.append(el('line', { class: 'lane-line', x1: 0, x2: w, y1: y - 3, y2: y - 3 }));
        nodes.push(g);
      }
    }
    for (const [key, a] of this.shapes) if (!seen.has(a)) { a.remove(); this.shapes.delete(key); }
    order(this.layer, lanes);
    this.plot.classList.remove('scaling');
    const height = Math.max(80, y + 4);
    this.svg.setAttribute('height', height);
    Object.assign(this.plot.style, { left: `${-w / 2}px`, transformOrigin: `${w / 2}px 0`, transform: '' });
    this.plot.setAttribute('width', 2 * w);
    this.plot.setAttribute('height', height);
    this.svg.replaceChildren(...nodes);
    // A mark that stays keeps the keyboard focus by itself; when the focused one went, the chart takes it.
    if (focused && !focused.isConnected) this.chart.focus({ preventScroll: true });
    this.root.dataset.renderMs = (performance.now() - t0).toFixed(1);
    if (view) this.windowText.textContent = `${textOf(view.from)} – ${textOf(Math.ceil(view.to) - 1)}`;
  }

  laneGroup(key) {
    const id = 'lane:' + key;
    let g = this.shapes.get(id);
    if (!g) { g = el('g', { class: 'lane', 'data-lane': key }); this.shapes.set(id, g); }
    return g;
  }

  // The <a> for a key: made again only when what it says changed (id: text, kind, colour), else kept; its shapes'
  // geometry is set only when it moved (geo), so a zoom's redraw sets a few attributes per mark and creates nothing.
  shape(key, id, geo, make, place) {
    let a = this.shapes.get(key);
    if (a?.says !== id) {
      a?.remove();
      a = make();
      a.says = id;
      this.shapes.set(key, a);
    }
    if (a.geo !== geo) { place(a); a.geo = geo; }
    return a;
  }

  defs() {
    const defs = el('defs', {});
    const pattern = el('pattern', { id: 'axis-hatch', width: 5, height: 5, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' });
    pattern.append(el('line', { x1: 0, y1: 0, x2: 0, y2: 5, 'stroke-width': 1.5 }));
    defs.append(pattern);
    return defs;
  }

  link(href, cls, title, when) {
    const a = el('a', { href, class: cls, 'aria-label': `${title}, ${when}`, 'data-title': title, 'data-when': when });
    if (this.embed) { a.setAttribute('target', '_blank'); a.setAttribute('rel', 'noopener'); }
    return a;
  }

  // The layer's x of a day (fixed while the zoom level stays).
  lx(day) { return (day - this.anchor) * this.ppd; }

  inView(x) { return x.e > this.view.from && x.s < this.view.to; }

  // Marks in rows, with their titles beside them where there is room. A mark goes in the first row where it and its
  // whole title fit, else a new row, else the first row where the mark alone fits (cutting short a title before it),
  // else the last row. Then each title is fitted into the room its row leaves (see labels).
  drawMarks(out, marks, top, lo, hi, visible) {
    const ends = [], reserved = [], rows = [];
    for (const m of marks) {
      const x1 = this.lx(m.s), x2 = this.lx(m.e);
      const point = m.kind === 'point';
      const left = point ? (x1 + x2) / 2 - 5 : x1, right = point ? left + 10 : Math.max(x2, x1 + 4);
      if (right < lo || left > hi) continue;
      const want = Math.min(LABEL_MAX, this.textWidth(m.title));
      let row = reserved.findIndex(end => end < left - 2);
      if (row < 0 && ends.length < MAX_ROWS) row = ends.length;
      if (row < 0) row = ends.findIndex(end => end < left - 2);
      if (row < 0) row = MAX_ROWS - 1;
      ends[row] = Math.max(ends[row] ?? -Infinity, right);
      reserved[row] = Math.max(reserved[row] ?? -Infinity, right + LABEL_GAP + want);
      (rows[row] ??= []).push({ m, left, right, point });
      const cy = top + row * ROW + ROW / 2, color = m.color ?? 'currentColor';
      out.push(this.shape(`m:${m.lane}:${m.slug}`, `${m.kind} ${m.uncertain} ${color} ${m.title} ${m.date}`, `${left} ${right} ${cy}`, () => {
        const a = this.link(this.base + '/events/' + encodeURIComponent(m.slug), `axis-mark ${m.kind}${m.uncertain ? ' uncertain' : ''}`, m.title, m.date);
        a.dataset.slug = m.slug; a.dataset.start = m.start; a.dataset.end = m.end;
        if (point) a.append(el('circle', { r: 5, fill: color }));
        else {
          a.append(el('rect', { height: 10, rx: 2, fill: color }));
          if (m.uncertain) a.append(el('rect', { height: 10, rx: 2, class: 'hatch' }));
        }
        return a;
      }, a => {
        if (point) { const c = a.firstChild; c.setAttribute('cx', left + 5); c.setAttribute('cy', cy); return; }
        for (const r of a.children) { r.setAttribute('x', left); r.setAttribute('y', cy - 5); r.setAttribute('width', right - left); }
      }));
    }
    rows.forEach((items, row) => this.labels(out, items, top + row * ROW + ROW / 2, visible));
    return Math.max(1, ends.length);
  }

  // The titles of one row, left to right. A title goes after its mark, or inside a bar wide enough to hold some of it
  // (from the bar's visible start); it never crosses another mark of the row or the title before it, and is cut short
  // with "…" to the room there is (the tooltip shows it whole on hover or focus). Too little room: no title.
  labels(out, items, cy, [visLo, visHi]) {
    items.sort((a, b) => a.left - b.left);
    let lastEnd = -Infinity;
    for (const item of items) {
      const inside = !item.point && item.right - item.left >= LABEL_MIN + 2 * LABEL_GAP;
      const start = inside ? Math.max(item.left, visLo) + LABEL_GAP : item.right + LABEL_GAP;
      // Within the window: a title cut by the chart's edge would read as a different one.
      let limit = Math.min(inside ? item.right : Infinity, visHi) - LABEL_GAP;
      if (start < lastEnd + LABEL_GAP || start < visLo) continue;
      for (const other of items) {
        if (other === item || other.right < start - 1) continue;
        if (other.left <= start + 1) { limit = -Infinity; break; }
        limit = Math.min(limit, other.left - LABEL_GAP);
      }
      const text = this.fit(item.m.title, Math.min(LABEL_MAX, limit - start));
      if (!text) continue;
      lastEnd = start + this.textWidth(text);
      const m = item.m, key = `l:${m.lane}:${m.slug}`;
      const label = this.shape(key, text, `${start} ${cy}`, () => el('text', { class: 'axis-label', 'aria-hidden': 'true' }, text),
        t => { t.setAttribute('x', start); t.setAttribute('y', cy); });
      label.mark = this.shapes.get(`m:${m.lane}:${m.slug}`);
      out.push(label);
    }
  }

  textWidth(text) {
    this.measure ??= Object.assign(document.createElement('canvas').getContext('2d'), { font: LABEL_FONT });
    this.widths ??= new Map();
    let w = this.widths.get(text);
    if (w == null) { w = this.measure.measureText(text).width; if (this.widths.size < 5000) this.widths.set(text, w); }
    return w;
  }

  // The longest start of the title that fits in `room` px (with "…" when cut), or null below LABEL_MIN.
  fit(title, room) {
    if (room < LABEL_MIN) return null;
    if (this.textWidth(title) <= room) return title;
    let lo = 0, hi = title.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.textWidth(title.slice(0, mid).trimEnd() + '…') <= room) lo = mid; else hi = mid - 1;
    }
    return lo >= 3 ? title.slice(0, lo).trimEnd() + '…' : null;
  }

  drawClusters(out, clusters, top, lane, lo, hi) {
    for (const c of clusters) {
      const x1 = Math.max(lo, this.lx(c.s)), x2 = Math.min(hi, this.lx(c.e));
      if (x2 < lo || x1 > hi) continue;
      const n = c.count.toLocaleString('en-GB'), labelled = x2 - x1 > n.length * 7;
      out.push(this.shape(`c:${c.lane}:${c.start}:${c.end}`, `${c.count} ${lane.label} ${labelled}`, `${x1} ${x2} ${top}`, () => {
        const when = `${textOf(c.s)} – ${textOf(c.e - 1)}`;
        const a = this.link(this.clusterHref(c), 'axis-cluster', `${n} ${c.count === 1 ? 'event' : 'events'} (${lane.label})`, `${when}; zoom in`);
        a.dataset.start = c.start; a.dataset.end = c.end; a.dataset.count = c.count; a.dataset.lane = c.lane;
        a.removeAttribute('target');
        a.append(el('rect', { height: ROW * 2 - 2, rx: 3 }));
        if (labelled) a.append(el('text', { 'text-anchor': 'middle' }, n));
        return a;
      }, a => {
        const [rect, text] = a.children;
        rect.setAttribute('x', x1 + 0.5); rect.setAttribute('y', top + 1); rect.setAttribute('width', Math.max(2, x2 - x1 - 1));
        if (text) { text.setAttribute('x', (x1 + x2) / 2); text.setAttribute('y', top + ROW + 4); }
      }));
    }
    return 2;
  }

  clusterHref(c) { return this.address({ from: dayOf(c.start), to: dayOf(c.end) + 1 }); }

  // The text alternative: what is in view, as a list, after each answer and each settled gesture.
  describe() {
    const data = this.data;
    if (!data) return;
    if (!data.from) {
      this.status.textContent = 'No published events match these filters.';
      this.list.replaceChildren();
      this.more.textContent = '';
      return;
    }
    const labels = new Map(data.lanes.map(l => [l.key, l.label]));
    const marks = data.marks.filter(x => this.inView(x)), clusters = data.clusters.filter(x => this.inView(x));
    const count = marks.length + clusters.reduce((n, c) => n + c.count, 0);
    this.status.textContent = count === 0 ? 'No events in this window. Zoom out or pan to find some.'
      : clusters.length === 0 ? `${count.toLocaleString('en-GB')} in view`
      : `${count.toLocaleString('en-GB')} in view, counting an event in every cluster whose days it overlaps`;
    const items = [];
    for (const m of marks.slice(0, LIST_MAX)) {
      const li = html('li'), a = html('a', m.title);
      a.href = this.base + '/events/' + encodeURIComponent(m.slug);
      if (this.embed) { a.target = '_blank'; a.rel = 'noopener'; }
      li.append(a, html('span', m.date, 'when'), html('span', labels.get(m.lane) ?? '', 'lane'));
      items.push(li);
    }
    for (const c of clusters.slice(0, Math.max(0, LIST_MAX - items.length))) {
      const li = html('li'), a = html('a', `${c.count.toLocaleString('en-GB')} ${c.count === 1 ? 'event' : 'events'}`);
      a.href = this.clusterHref(c);
      a.addEventListener('click', e => { e.preventDefault(); e.stopPropagation(); this.zoomTo(a); });
      a.dataset.start = c.start; a.dataset.end = c.end;
      li.append(a, html('span', `${textOf(dayOf(c.start))} – ${textOf(dayOf(c.end))}`, 'when'), html('span', labels.get(c.lane) ?? '', 'lane'));
      items.push(li);
    }
    this.list.replaceChildren(...items);
    const hidden = marks.length + clusters.length - items.length;
    this.more.textContent = hidden > 0 ? `${hidden.toLocaleString('en-GB')} more in view; zoom in to list them.` : '';
  }
}

function start() {
  const root = document.querySelector('[data-axis]');
  if (!root || root.axis) return;
  root.axis = new Axis(root);
}

// Back and forward between windows: redraw here. Registered in the capture phase so that it runs before, and stops,
// Blazor's enhanced navigation, which would otherwise fetch the page again for a change only of from/to.
// In the split view enhanced navigation does run (the list and the map follow the address); the axis moves at once.
window.addEventListener('popstate', e => {
  const root = document.querySelector('[data-axis]');
  const view = new URLSearchParams(location.search).get('view');
  if (!root?.axis || (!root.axis.embed && view !== 'axis' && !(root.axis.split && view === 'split'))) return;
  if (!root.axis.split) e.stopImmediatePropagation();
  clearTimeout(root.axis.settleTimer);
  root.axis.settleTimer = 0;
  root.axis.readAddress();
  root.axis.data = root.axis.view ? root.axis.data : null;
  root.axis.draw();
  root.axis.load();
}, { capture: true });
// Blazor's enhanced navigation also answers Back by fetching the page and merging it into the document, which empties
// the drawing: draw it again from what we hold (or start afresh when the merge brought a new axis).
window.Blazor?.addEventListener?.('enhancedload', () => {
  const root = document.querySelector('[data-axis]');
  if (root?.axis && root.axis.chart === root.querySelector('.axis-chart')) root.axis.restore();
  else if (root) { root.axis = null; start(); }
});
start();
