// The browser's current address, for a Blazor circuit whose own copy may be stale (see TimelineView).
export function currentHref() {
  return location.href;
}
