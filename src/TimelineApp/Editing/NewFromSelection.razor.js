// Remembers the latest non-empty selection inside each watched element, so pressing the button
// (which may collapse the selection on touch screens) still knows what was selected.
const remembered = new Map();
let listening = false;

function remember() {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return;
  const node = selection.getRangeAt(0).commonAncestorContainer;
  for (const id of remembered.keys()) {
    const element = document.getElementById(id);
    if (element && element.contains(node)) remembered.set(id, articleWords(selection, element));
  }
}

// Leaves out what the page adds inside the text but the article does not say (the "quoted in …" links).
function articleWords(selection, element) {
  const range = selection.getRangeAt(0);
  let text = selection.toString();
  for (const added of element.querySelectorAll("[data-not-article]")) {
    if (range.intersectsNode(added)) text = text.replace(added.textContent, "");
  }
  return text;
}

export function watch(id) {
  if (!remembered.has(id)) remembered.set(id, "");
  if (!listening) {
    document.addEventListener("selectionchange", remember);
    listening = true;
  }
}

export function selectedText(id) {
  remember();
  return remembered.get(id) || "";
}
