// An embed's scrolling body (the timeline's list, the axis) must not take the host article's wheel: until the reader
// clicks, touches or tabs into the embed, the body does not scroll, so a plain wheel over the frame scrolls the host
// page (the browser passes it on), and a short hint says how to scroll the embed itself. Without this script the body
// simply scrolls. The axis's own hint ("Ctrl + scroll to zoom") covers its chart.
const body = document.querySelector('.embed-body');
if (body) {
  const page = document.body;
  const hint = document.createElement('p');
  hint.className = 'embed-hint';
  hint.setAttribute('aria-hidden', 'true');
  hint.hidden = true;
  page.append(hint);
  page.classList.add('wheel-guard');
  let timer = 0;
  const engage = () => { page.classList.add('engaged'); hint.hidden = true; };
  body.addEventListener('pointerdown', engage);
  body.addEventListener('focusin', engage);
  // Leaving the frame hands the wheel back to the host, unless the keyboard is still inside.
  document.documentElement.addEventListener('mouseleave', () => {
    if (!body.contains(document.activeElement)) page.classList.remove('engaged');
  });
  body.addEventListener('wheel', e => {
    const scrollable = body.scrollHeight > body.clientHeight + 1;
    if (page.classList.contains('engaged') || !scrollable || e.ctrlKey || e.metaKey || e.target.closest?.('.axis-chart')) return;
    if (Math.abs(e.deltaY) <= Math.abs(e.deltaX)) return;
    hint.textContent = body.querySelector('[data-axis]') ? 'Click the embed to scroll it' : 'Click the list to scroll it';
    hint.hidden = false;
    clearTimeout(timer);
    timer = setTimeout(() => { hint.hidden = true; }, 1500);
  }, { passive: true });
}
