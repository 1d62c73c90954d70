// Link clicks and Back/Forward are handled by blazor.web.js's enhanced navigation, which NavigationLock cannot
// stop without an interactive router. While a form has unsaved changes these listeners run first (capture phase)
// and ask before letting the navigation go ahead.
let active = false;
let dirty = false;
// Typed into the page but not yet confirmed by a change event: a server render already on its way may not have seen it.
let unsynced = false;
let message = "";
let restoring = false;
let page = "";

/** The server's view after a render. It cannot clear typing it may not have seen yet, so an unconfirmed edit stays dirty. */
export function setDirty(value, text) {
  active = true;
  dirty = value || unsynced;
  message = text;
  page = location.pathname + location.search;
}

/** The form has gone (saved and left, or discarded): typing elsewhere must not make other pages ask. */
export function stop() {
  active = false;
  dirty = false;
  unsynced = false;
}

// Installed once, when the module is first imported (before the form is enabled): typing marks the page dirty at once,
// and the server's answer (after its round trip) then confirms or clears it.
install();

function install() {
  document.addEventListener("input", () => {
    if (!active) return;
    dirty = true;
    unsynced = true;
  }, true);
  document.addEventListener("change", () => { unsynced = false; }, true);
  document.addEventListener("click", event => {
    if (!dirty || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
    if (!link || (link.target && link.target !== "_self") || link.hasAttribute("download")) return;
    const url = new URL(link.href, location.href);
    if (url.origin !== location.origin || url.pathname + url.search === page) return;
    if (confirm(message)) {
      dirty = false;
    } else {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);

  window.addEventListener("popstate", event => {
    if (restoring) {
      restoring = false;
      event.stopImmediatePropagation();
      return;
    }
    if (!dirty || location.pathname + location.search === page) return;
    event.stopImmediatePropagation();
    if (confirm(message)) {
      dirty = false;
      Blazor.navigateTo(location.href, { replaceHistoryEntry: true });
    } else {
      restoring = true;
      history.forward();
    }
  }, true);
}
