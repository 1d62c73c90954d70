// The embedded map (/embed/map): plain Leaflet fed by the GeoJSON export, on the offline Natural Earth base map.
// No Blazor and no circuit. Every piece of event text goes into the page as DOM text, never as HTML.
const el = document.getElementById('embed-map');
const SVG = 'http://www.w3.org/2000/svg';

function shape(type, size) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', size);
  svg.setAttribute('height', size);
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', type.path);
  path.setAttribute('fill', type.color);
  path.setAttribute('stroke', '#1d1d1f');
  path.setAttribute('stroke-width', '1.5');
  path.setAttribute('fill-rule', 'evenodd');
  svg.append(path);
  return svg;
}

function text(tag, content, className) {
  const node = document.createElement(tag);
  node.textContent = content;
  if (className) node.className = className;
  return node;
}

function popup(p) {
  const box = document.createElement('div');
  const link = text('a', p.title);
  Object.assign(link, { href: p.url, target: '_blank', rel: 'noopener' });
  const title = document.createElement('p');
  title.append(link);
  box.append(text('p', `${p.typeName} · ${p.dateText}`), title, text('p', p.place));
  if (p.casualties) box.append(text('p', p.casualties));
  return box;
}

function marker(feature, latlng, types) {
  const p = feature.properties;
  const type = types[p.type] ?? { path: 'M12 3a9 9 0 1 0 0.01 0Z', color: p.color };
  const icon = L.divIcon({ className: 'embed-marker', html: shape(type, 20), iconSize: [20, 20], iconAnchor: [10, 10] });
  const m = L.marker(latlng, { icon, title: `${p.title} (${p.typeName}, ${p.dateText})`, keyboard: true });
  m.on('add', () => m.getElement()?.setAttribute('aria-label', `${p.title} (${p.typeName}, ${p.dateText})`));
  return m.bindPopup(() => popup(p), { maxWidth: 260 });
}

async function baseMap(map) {
  if (!window.topojson) return;
  const response = await fetch(el.dataset.world);
  if (!response.ok) return;
  const world = await response.json();
  L.geoJSON(topojson.feature(world, world.objects.countries), {
    interactive: false,
    style: { color: '#8c8578', weight: 0.7, fillColor: '#f3efe6', fillOpacity: el.dataset.tileUrl ? 0 : 1 },
  }).addTo(map).bringToBack();
  map.attributionControl.addAttribution('Country shapes: Natural Earth');
}

async function start() {
  if (!window.L) {
    el.replaceChildren(text('p', 'The map could not be loaded. Use "Open full view" below.', 'embed-map-error'));
    return;
  }
  const map = L.map(el, { worldCopyJump: true, minZoom: 1, maxZoom: 12, zoomSnap: 0.5 }).setView([25, 15], 2);
  map.attributionControl.setPrefix(false);
  if (el.dataset.tileUrl) L.tileLayer(el.dataset.tileUrl, { attribution: el.dataset.tileAttribution || '' }).addTo(map);
  baseMap(map).catch(() => {});
  const [geo, typeList] = await Promise.all([fetch(el.dataset.geojson).then(r => r.json()), fetch(el.dataset.types).then(r => r.json())]);
  const types = Object.fromEntries(typeList.map(t => [t.id, t]));
  const layer = L.geoJSON(geo, { pointToLayer: (f, latlng) => marker(f, latlng, types) }).addTo(map);
  if (geo.features.length > 0) map.fitBounds(layer.getBounds(), { padding: [24, 24], maxZoom: 6 });
  el.dataset.markers = String(geo.features.length);
}

start();
