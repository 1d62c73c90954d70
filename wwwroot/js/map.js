// The map's thin JS layer: Leaflet drawing only. Razor components own the state (filter, window, selection)
// and call create/load/highlight/dispose; marker clicks go back through the DotNet reference and as a
// bubbling 'eventmap:select' DOM event. Everything is served from our own web root (no CDN).
const lib = path => new URL(`../lib/${path}`, import.meta.url).href;
const maps = new WeakMap();
const esc = s => String(s ?? '').replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);
const PRECISION_RADIUS_M = { town: 6000, region: 40000, country: 180000 };
const PRECISION_TEXT = { exact: 'exact location', town: 'town-level location', region: 'region-level location', country: 'country-level location' };

let leafletReady;
export function ensureLeaflet() {
  const css = href => document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href }));
  const js = src => new Promise((ok, fail) => document.head.append(Object.assign(document.createElement('script'), { src, onload: ok, onerror: fail })));
  return leafletReady ??= (async () => {
    ['leaflet/leaflet.css', 'leaflet.markercluster/MarkerCluster.css', 'leaflet.markercluster/MarkerCluster.Default.css'].forEach(p => css(lib(p)));
    if (!window.L) await js(lib('leaflet/leaflet.js'));
    await Promise.all([L.markerClusterGroup || js(lib('leaflet.markercluster/leaflet.markercluster.js')),
      window.topojson || js(lib('topojson-client/topojson-client.min.js'))]);
  })();
}

// A ring that jumps across the antimeridian (Russia's Chukotka, Fiji) would be drawn as a band round the
// world; moving its western-hemisphere points east by 360° keeps it in one piece.
function unwrapRing(ring) {
  let min = 180, max = -180;
  for (const [lng] of ring) { if (lng < min) min = lng; if (lng > max) max = lng; }
  if (max - min > 180) ring.forEach(p => { if (p[0] < 0) p[0] += 360; });
}
const countryShapes = {};
const countries = res => countryShapes[res] ??= fetch(lib(`world-atlas/countries-${res}.json`))
  .then(r => r.json()).then(t => {
    const shapes = topojson.feature(t, t.objects.countries);
    shapes.features = shapes.features.filter(f => f.properties.name !== 'Antarctica');
    for (const f of shapes.features) {
      const polygons = f.geometry?.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry?.coordinates ?? [];
      polygons.forEach(rings => rings.forEach(unwrapRing));
    }
    return shapes;
  });

// Natural Earth country shapes as the offline base map (110m when zoomed out, 50m closer in), names on hover.
function addBaseMap(map, options) {
  const renderer = L.canvas({ padding: 0.3 });
  const style = { renderer, color: '#8c8578', weight: 0.7, fillColor: '#f3efe6', fillOpacity: options.tileUrl ? 0 : 1 };
  let layer = null, shown = null;
  const show = async res => {
    if (shown === res) return;
    shown = res;
    const shapes = await countries(res);
    if (shown !== res || !map._loaded) return;
    const next = L.geoJSON(shapes, { style, onEachFeature: (f, l) => l.bindTooltip(esc(f.properties.name), { sticky: true, className: 'country-name' }) });
    next.addTo(map).bringToBack();
    if (layer) map.removeLayer(layer);
    layer = next;
  };
  map.on('zoomend', () => show(map.getZoom() >= 4 ? '50m' : '110m'));
  show(map.getZoom() >= 4 ? '50m' : '110m');
  if (options.tileUrl) L.tileLayer(options.tileUrl, { attribution: options.tileAttribution || '' }).addTo(map);
  map.attributionControl.setPrefix(false).addAttribution('Country shapes: Natural Earth');
}

export function newMap(el, options) {
  // Natural Earth 1:50m shapes carry no detail past zoom 9; online tiles do.
  const map = L.map(el, { worldCopyJump: true, minZoom: 1, maxZoom: options.tileUrl ? 18 : 9, zoomSnap: 0.5, ...options.map }).setView([20, 10], 2);
  const precision = map.createPane('precision');
  // Above the country shapes, below the markers, and never in the way of the country names' hover.
  Object.assign(precision.style, { zIndex: 450, pointerEvents: 'none' });
  addBaseMap(map, options);
  return map;
}

const shapeSvg = (t, size) => `<svg viewBox="0 0 24 24" width="${size}" height="${size}" aria-hidden="true" focusable="false"><path d="${esc(t.path)}" fill="${esc(t.color)}" stroke="#1d1d1f" stroke-width="1.5" fill-rule="evenodd"/></svg>`;

function markerFor(f, s) {
  const p = f.properties, t = s.types[p.type] ?? s.fallbackType;
  const name = `${p.title} (${t.name}, ${p.date})`;
  const key = `${p.type}|${p.precision}`;
  const icon = s.icons[key] ??= L.divIcon({ className: `event-marker precision-${p.precision}`, html: shapeSvg(t, 22), iconSize: [22, 22], iconAnchor: [11, 11], popupAnchor: [0, -10] });
  const [lng, lat] = f.geometry.coordinates;
  const m = L.marker([lat, lng], { icon, title: name, riseOnHover: true });
  m.slug = p.slug;
  m.on('add', () => m.getElement()?.setAttribute('aria-label', name));
  m.bindPopup(() => `<div class="event-popup"><p class="event-popup-type">${shapeSvg(t, 14)} ${esc(t.name)} · <time>${esc(p.date)}</time></p>
    <p class="event-popup-title">${esc(p.title)}</p>${p.casualties ? `<p class="event-popup-casualties">${esc(p.casualties)}</p>` : ''}
    <p class="event-popup-place">${esc(p.place)} · ${esc(PRECISION_TEXT[p.precision] ?? p.precision)}</p>
    <a href="events/${encodeURIComponent(p.slug)}" aria-label="Open the event and its sources: ${esc(p.title)}">Open the event and its sources</a></div>`, { maxWidth: 280 });
  // Keyboard users land in the popup they opened (it sits after every marker in tab order) and return to the marker.
  m.on('popupopen', e => {
    const popup = e.popup.getElement();
    popup.onkeydown = key => { if (key.key === 'Escape') m.closePopup(); };
    if (document.activeElement === m.getElement()) popup.querySelector('a')?.focus();
  });
  m.on('popupclose', e => { if (e.popup.getElement()?.contains(document.activeElement)) m.getElement()?.focus(); });
  m.on('click', () => {
    s.dotnet?.invokeMethodAsync('MarkerSelected', p.slug);
    s.el.dispatchEvent(new CustomEvent('eventmap:select', { detail: { slug: p.slug }, bubbles: true }));
  });
  const radius = PRECISION_RADIUS_M[p.precision];
  if (radius) {
    // The translucent circle of a coarse location is drawn only while its marker is shown unclustered.
    let circle;
    m.on('add', () => (circle ??= L.circle([lat, lng], { radius, pane: 'precision', renderer: s.circles, color: t.color, weight: 1, opacity: 0.6, dashArray: '4 4', fillOpacity: 0.12, interactive: false })).addTo(s.map));
    m.on('remove', () => circle?.remove());
  }
  return m;
}

function clusterIcon(c) {
  const n = c.getChildCount(), size = n < 10 ? 'small' : n < 100 ? 'medium' : 'large';
  return L.divIcon({ html: `<div><span aria-hidden="true">${n}</span><span class="visually-hidden">Cluster of ${n} event${n === 1 ? '' : 's'}</span></div>`, className: `marker-cluster marker-cluster-${size}`, iconSize: L.point(40, 40) });
}

function measureFrame(name, startMark) {
  requestAnimationFrame(() => setTimeout(() => performance.measure(name, startMark), 0));
}

export async function create(el, options, dotnet) {
  await ensureLeaflet();
  const s = { el, dotnet, types: Object.fromEntries(options.types.map(t => [t.id, t])), icons: {}, bySlug: new Map(), seq: 0 };
  s.fallbackType = s.types.other ?? { name: 'Event', color: '#6F6F6F', path: 'M12 3a9 9 0 1 0 0.01 0Z' };
  s.map = newMap(el, options);
  s.circles = L.canvas({ pane: 'precision' });
  s.clusters = L.markerClusterGroup({ chunkedLoading: true, showCoverageOnHover: false, maxClusterRadius: 50, iconCreateFunction: clusterIcon,
    chunkProgress: (done, total) => { if (done === total) s.onAdded?.(); } }).addTo(s.map);
  s.map.on('movestart', () => performance.mark('eventmap:move-start'));
  s.map.on('moveend', () => measureFrame('eventmap:move', 'eventmap:move-start'));
  maps.set(el, s);
}

/** Shows the features at url (GET /api/map/features?...); fits the map to them when fit is true. */
export async function load(el, url, fit) {
  const s = maps.get(el);
  if (!s) return;
  const seq = ++s.seq;
  const region = el.closest('section') ?? el;
  region.setAttribute('aria-busy', 'true');
  performance.mark('eventmap:load-start');
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  const data = response.ok ? await response.json() : { features: [] };
  if (seq !== s.seq) return;
  const markers = data.features.map(f => markerFor(f, s));
  s.bySlug = new Map(markers.map(m => [m.slug, m]));
  s.clusters.clearLayers();
  if (fit && markers.length) s.map.fitBounds(L.latLngBounds(markers.map(m => m.getLatLng())).pad(0.15), { maxZoom: 7, animate: false });
  await new Promise(done => { s.onAdded = done; s.clusters.addLayers(markers); });
  if (seq !== s.seq) return;
  region.setAttribute('aria-busy', 'false');
  measureFrame('eventmap:render', 'eventmap:load-start');
}

/** Brings the event's marker into view, out of its cluster, and opens its popup. */
export function highlight(el, slug) {
  const s = maps.get(el), m = s?.bySlug.get(slug);
  s?.el.querySelectorAll('.event-marker.is-selected').forEach(e => e.classList.remove('is-selected'));
  if (!m) return false;
  const seq = s.highlighted = (s.highlighted ?? 0) + 1;
  reveal(s, m, () => { if (seq === s.highlighted) { m.getElement()?.classList.add('is-selected'); m.openPopup(); } });
  return true;
}

// Centres the marker, zooming in only as far as it takes to stand alone or to share its cluster only with events
// at the very same spot (those fan out where they are): zooming to the end, as zoomToShowLayer does for them,
// would leave nothing around them to recognise. Uses markercluster's tree (__parent, _zoom) as zoomToShowLayer does.
function reveal(s, m, done) {
  const here = m.getLatLng();
  const sameSpot = c => c.getAllChildMarkers().every(x => x.getLatLng().equals(here));
  let cluster = m.__parent;
  if (!cluster) { s.clusters.zoomToShowLayer(m, done); return; }
  let zoom = cluster._zoom + 1;
  while (cluster?.__parent && sameSpot(cluster)) { zoom = cluster._zoom; cluster = cluster.__parent; }
  const target = Math.min(Math.max(zoom, Math.round(s.map.getZoom())), s.map.getMaxZoom());
  const shown = () => {
    const parent = s.clusters.getVisibleParent(m);
    // Until the clusters are redrawn for the new zoom, the old (mixed) cluster may still be the one shown.
    if (!parent || s.clusters._inZoomAnimation || (parent !== m && !sameSpot(parent) && s.map.getZoom() < s.map.getMaxZoom())) return;
    stop();
    if (parent === m) done();
    else { s.clusters.once('spiderfied', done); parent.spiderfy(); }
  };
  const stop = () => { s.map.off('moveend', shown); s.clusters.off('animationend', shown); };
  s.stopReveal?.();  // a newer highlight replaces one still on its way
  s.stopReveal = stop;
  s.map.on('moveend', shown);
  s.clusters.on('animationend', shown);
  s.map.setView(here, target);
}

export function dispose(el) {
  maps.get(el)?.map.remove();
  maps.delete(el);
}

// <place-mini-map lat lng precision label [color shape]>: a small static map of one place (event pages), usable from
// static or interactive Razor; with the event type's colour and shape path the marker looks as on the main map.
class PlaceMiniMap extends HTMLElement {
  static observedAttributes = ['lat', 'lng', 'precision', 'label', 'color', 'shape'];
  connectedCallback() { this.draw(); }
  attributeChangedCallback() { if (this.map) this.draw(); }
  disconnectedCallback() { this.map?.remove(); this.map = null; }
  async draw() {
    const lat = parseFloat(this.getAttribute('lat')), lng = parseFloat(this.getAttribute('lng'));
    if (!Number.isFinite(lat) || !Number.isFinite(lng)) return;
    await ensureLeaflet();
    if (!this.isConnected) return;
    const precision = this.getAttribute('precision') || 'exact', label = this.getAttribute('label') || '';
    this.map?.remove();
    // Decorative (the caption carries the text), so nothing in it takes keyboard focus.
    this.map = newMap(this, { map: { scrollWheelZoom: false, zoomControl: false, keyboard: false } });
    // Zoomed out enough to show the coast and borders around the place: the offline base map has no towns.
    this.map.setView([lat, lng], { exact: 8, town: 6, region: 5, country: 4 }[precision] ?? 6);
    const color = this.getAttribute('color') || '#0072B2', path = this.getAttribute('shape');
    const radius = PRECISION_RADIUS_M[precision];
    if (radius) L.circle([lat, lng], { radius, pane: 'precision', color, weight: 1, dashArray: '4 4', fillOpacity: 0.15, interactive: false }).addTo(this.map);
    const marker = path
      ? L.marker([lat, lng], { icon: L.divIcon({ className: 'event-marker', html: shapeSvg({ path, color }, 22), iconSize: [22, 22], iconAnchor: [11, 11] }), keyboard: false })
      : L.circleMarker([lat, lng], { radius: 6, color: '#1d1d1f', weight: 1.5, fillColor: color, fillOpacity: 1 });
    marker.bindTooltip(esc(`${label} (${PRECISION_TEXT[precision] ?? precision})`)).addTo(this.map);
  }
}
if (!customElements.get('place-mini-map')) customElements.define('place-mini-map', PlaceMiniMap);
