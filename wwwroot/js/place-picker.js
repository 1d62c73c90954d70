// The event form's small map: a click asks the Razor component (PlacePickerMap) to name the nearest town and fill in
// the coordinates; the chosen point is marked. Leaflet and the offline base map come from map.js.
import { ensureLeaflet, newMap } from './map.js';

const pickers = new WeakMap();

export async function create(el, point, dotnet) {
  await ensureLeaflet();
  const map = newMap(el, { map: { scrollWheelZoom: false } });
  const s = { map, marker: null };
  pickers.set(el, s);
  if (point) { map.setView([point.lat, point.lng], 6); mark(el, point.lat, point.lng); } else map.setView([28, 20], 3);
  map.on('click', e => dotnet.invokeMethodAsync('MapClicked', e.latlng.lat, e.latlng.wrap().lng));
}

export function mark(el, lat, lng) {
  const s = pickers.get(el);
  if (!s) return;
  s.marker ??= L.circleMarker([lat, lng], { radius: 7, color: '#1d1d1f', weight: 2, fillColor: '#0072B2', fillOpacity: 1, interactive: false }).addTo(s.map);
  s.marker.setLatLng([lat, lng]);
  s.map.setView([lat, lng], Math.max(s.map.getZoom(), 6));
}

export function dispose(el) {
  pickers.get(el)?.map.remove();
  pickers.delete(el);
}
