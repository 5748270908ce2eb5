/**
 * The stage's on-demand drivers, one chunk for both. Apart (two dynamic imports that share three.js and fibre with
 * the page), rolldown 1.2 split the page's own first load into seven files (+5 KiB gzip). The demo driver is
 * small (about 6 KiB gzip); the demos' tracks, the bulk, still load only with the first demo (DemoDriver.tsx) or
 * when the plan is shown, for its printed pictures (PrintPictures.tsx).
 */
export { StrideDriver } from './stride/StrideDriver.tsx'
export { DemoStage } from './demo/DemoStage.tsx'
