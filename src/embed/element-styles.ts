/**
 * The web component's shadow styles, adopted as constructed stylesheets: no <style> element and no style
 * attribute, so a page whose CSP has no 'unsafe-inline' for styles accepts them. `:host` rules lose to the
 * page's own rules, so a blogger can still size the element from their stylesheet.
 */
export const HOST_CSS = `
:host {
  display: block;
  position: relative;
  box-sizing: border-box;
  width: 100%;
  /* Space is reserved before anything loads: the poster and the iframe fill it, nothing moves. */
  aspect-ratio: 4 / 5;
  max-height: 85vh;
  /* A narrow column still gets room for the body and the panel under it. */
  min-height: min(28rem, 85vh);
  overflow: hidden;
  contain: layout paint style;
  border-radius: 0.5rem;
  background: #e7edf0;
  color: #17262f;
  font: 400 1rem/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif;
}
:host([hidden]) { display: none; }
.frame {
  position: absolute;
  inset: 0;
  display: block;
  width: 100%;
  height: 100%;
  border: 0;
}
.poster {
  position: absolute;
  inset: 0;
  display: flex;
  flex-direction: column;
  align-items: center;
  justify-content: center;
  gap: 0.75rem;
  padding: 1rem;
  background: radial-gradient(ellipse at 50% 40%, #f7fafb 0%, #e7edf0 70%);
  transition: opacity 0.25s ease-out;
}
.poster[data-leaving] { opacity: 0; pointer-events: none; }
.poster[hidden] { display: none; }
.silhouette { flex: 1 1 auto; min-height: 0; width: 40%; max-width: 9rem; fill: #c3ced5; }
.start {
  min-height: 2.75rem;
  padding: 0.5rem 1.25rem;
  border: 0;
  border-radius: 999px;
  background: #1d6a85;
  color: #fff;
  font: inherit;
  font-weight: 600;
  text-align: center;
  cursor: pointer;
}
.start:hover { background: #15546a; }
.start:focus-visible { outline: 3px solid #c2410c; outline-offset: 2px; }
.start[aria-disabled='true'] { cursor: progress; }
.note { margin: 0; font-size: 0.8125rem; color: #4d5e68; text-align: center; }
@media (prefers-reduced-motion: reduce) {
  .poster { transition: none; }
}
`
