import type { StateCreator } from 'zustand'
import type { ViewId } from '../../domain/groups.ts'
import type { CameraPose } from '../../domain/links.ts'
import type { ExplorerState } from '../types.ts'

export interface ViewSlice {
  /** The preset the camera shows: the last one asked for, or where it came to rest; null between presets. */
  view: ViewId | null
  /** Bumped on every framing request, so pressing "Front" again re-frames even when view is unchanged. */
  viewRequest: number
  /** The reader chose a preset (the link then keeps `view`); otherwise the camera frames what is chosen. */
  viewChosen: boolean
  /** Outer muscles fade so deep ones (iliopsoas, transversus abdominis) show. */
  xray: boolean
  /** The skin is drawn over the écorché (off: the muscles, tendons and bones show). */
  skin: boolean
  setView: (view: ViewId) => void
  /** Forget the chosen preset and frame the body as a link without `view` opens it (Back to such a link). */
  unchooseView: () => void
  /** The camera came to rest on a preset (or between them): show it on the buttons, but move nothing. */
  noteView: (view: ViewId | null) => void
  /** Muscles and tendons of the chosen group named on the body. */
  labels: boolean
  /** Where the reader turned and zoomed the camera by hand (null after a preset or an automatic move). */
  camera: CameraPose | null
  /** A camera pose asked for by a link, for the camera to take once. */
  cameraRequest: CameraPose | null
  /** Presentation mode: full screen, large type, the panel as a caption, a pointer for the audience. */
  present: boolean
  setXray: (on: boolean) => void
  setSkin: (on: boolean) => void
  setLabels: (on: boolean) => void
  noteCamera: (pose: CameraPose | null) => void
  requestCamera: (pose: CameraPose | null) => void
  setPresent: (on: boolean) => void
}

export const createViewSlice: StateCreator<ExplorerState, [], [], ViewSlice> = (set) => ({
  view: 'front',
  viewRequest: 0,
  viewChosen: false,
  xray: false,
  skin: false,
  setView: (view) => set((s) => ({ view, viewRequest: s.viewRequest + 1, viewChosen: true })),
  unchooseView: () => set((s) => ({ view: 'front', viewRequest: s.viewRequest + 1, viewChosen: false })),
  noteView: (view) => set((s) => (s.view === view ? s : { view })),
  labels: false,
  camera: null,
  cameraRequest: null,
  present: false,
  setXray: (xray) => set({ xray }),
  setSkin: (skin) => set({ skin }),
  setLabels: (labels) => set({ labels }),
  noteCamera: (camera) =>
    set((s) =>
      s.camera === camera || (s.camera && camera && JSON.stringify(s.camera) === JSON.stringify(camera))
        ? s
        : { camera },
    ),
  requestCamera: (cameraRequest) => set({ cameraRequest }),
  setPresent: (present) => set({ present }),
})
