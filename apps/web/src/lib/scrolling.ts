/**
 * A box that scrolls sideways (a wide table on a phone) takes keyboard focus, so it can be scrolled without a mouse
 * (WCAG 2.1.1; axe's scrollable-region-focusable); one that fits is no extra tab stop. Measured again on resize.
 * A Svelte action: `<div role="region" aria-label={…} use:keyboardScrollable>`.
 */
export function keyboardScrollable(box: HTMLElement) {
  const measure = () => {
    if (box.scrollWidth > box.clientWidth + 1) box.tabIndex = 0;
    else box.removeAttribute('tabindex');
  };
  const observer = new ResizeObserver(measure);
  observer.observe(box);
  measure();
  return { destroy: () => observer.disconnect() };
}
