// Text boxes bound on "change" report their value only when they lose focus, so the autosave could not see what is
// being typed into the focused box. While a form with autosave is open, a pause in typing (or a long run of typing)
// commits the focused box's value with the same "change" event leaving it would send; the server then has it, the
// autosave stores it, and the unsaved-changes guard counts it as confirmed.
export const quietMs = 1000;
export const maxWaitMs = 5000;

let active = false;
let box = null;
let quietTimer = 0;
let firstInputAt = 0;
let committed = new WeakMap();

export function start() {
  active = true;
}

export function stop() {
  active = false;
  clear();
}

install();

function install() {
  document.addEventListener("input", event => {
    if (!active || !isTextBox(event.target)) return;
    if (box !== event.target) {
      commit();
      box = event.target;
      firstInputAt = Date.now();
    }
    clearTimeout(quietTimer);
    const wait = Math.max(0, Math.min(quietMs, firstInputAt + maxWaitMs - Date.now()));
    quietTimer = setTimeout(commit, wait);
  }, true);
  // A real change (the box lost focus) already told the server.
  document.addEventListener("change", event => {
    if (event.isTrusted && event.target === box) {
      committed.set(box, box.value);
      clear();
    }
  }, true);
}

function commit() {
  const target = box;
  clear();
  if (!target || !target.isConnected || committed.get(target) === target.value) return;
  committed.set(target, target.value);
  target.dispatchEvent(new Event("change", { bubbles: true }));
}

function clear() {
  clearTimeout(quietTimer);
  quietTimer = 0;
  box = null;
}

function isTextBox(element) {
  if (element instanceof HTMLTextAreaElement) return true;
  return element instanceof HTMLInputElement && ["text", "search", "url", "email", "tel", "number"].includes(element.type);
}
