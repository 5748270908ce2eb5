/** Where the body lives: next to the page by default; the embed script passes one relative to itself. */
export function defaultModelUrl(): string {
  return new URL(`${import.meta.env.BASE_URL}models/body.glb`, document.baseURI).href
}
