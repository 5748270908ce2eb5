/**
 * The web component's own shadow styles (the poster's are POSTER_CSS), adopted as constructed stylesheets:
 * no <style> element and no style attribute, so a page whose CSP has no 'unsafe-inline' for styles accepts
 * them. `:host` rules lose to the page's own rules, so a blogger can still size the element from their
 * stylesheet.
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
`
