import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { useThree, type ThreeEvent } from '@react-three/fiber'
import type { Object3D } from 'three'
import { hasOwnCard } from '../domain/groups.ts'
import { explorerStore, isolatedMuscle, renderStats, selectedGroup, useExplorer } from '../store/index.ts'
import { prepareBodyRig, type BodyRig, type PickOptions } from './body-rig.ts'
import { loadBody } from './loader.ts'
import { applyStyles, styleStateOf, type StyleState } from './materials.ts'
import { RigContext } from './rig-context.ts'
import { shallow } from 'zustand/shallow'
import { currentActivity } from './stride/activity.ts'

export interface BodyProps {
  url: string
  children?: React.ReactNode
}

type Settled = { url: string; scene: Object3D } | { url: string; error: unknown }

/**
 * The figure from the shared load (usually started at page start-up), without Suspense: React holds a
 * suspended tree's reveal back by about 300 ms, which was most of the wait on a page whose model had already
 * arrived. State set from the promise shows the figure in the next frame instead.
 */
function useLoadedBody(url: string): Object3D | null {
  const [settled, setSettled] = useState<Settled | null>(null)
  useEffect(() => {
    let live = true
    loadBody(url).then(
      (body) => live && setSettled({ url, scene: body.scene }),
      (error: unknown) => live && setSettled({ url, error }),
    )
    return () => {
      live = false
    }
  }, [url])
  if (!settled || settled.url !== url) return null
  // A failed load is thrown in render, so the ModelBoundary around the figure explains it.
  if ('error' in settled) throw settled.error
  return settled.scene
}

export function Body({ url, children }: BodyProps) {
  const source = useLoadedBody(url)
  return source ? <BodyView source={source}>{children}</BodyView> : null
}

export interface BodyViewProps {
  /** The loaded figure (shared, cached: BodyView works on its own clone). */
  source: Object3D
  children?: React.ReactNode
}

/** The figure on stage, with picking and styling; separate from loading so tests can hand it a scene. */
export function BodyView({ source, children }: BodyViewProps) {
  const invalidate = useThree((s) => s.invalidate)
  const gl = useThree((s) => s.gl)
  const pick = useRef<PickOptions>({ preferDeep: false }).current
  const rig = useMemo(() => prepareBodyRig(source, pick), [source, pick])
  useEffect(() => () => rig.dispose(), [rig])

  useStyleSync(rig, pick, invalidate)

  // Handlers made once per figure: a re-render from above (the page's status changing) then hands R3F the same
  // props, and R3F draws no frame for it.
  const handlers = useMemo(() => {
    const setHovered = (name: string | null) => {
      explorerStore.getState().setHovered(name)
      gl.domElement.style.cursor = name ? 'pointer' : ''
    }
    return {
      onPointerMove: (e: ThreeEvent<PointerEvent>) => {
        e.stopPropagation()
        // A pressed pointer is turning the body: no name tag chases the drag.
        if (e.buttons > 0) return setHovered(null)
        // Only a change of muscle restyles (and so redraws); the name tag follows the pointer in the DOM.
        const name = e.object.name
        setHovered(rig.partsByName.has(name) || rig.structures.has(name) ? name : null)
      },
      onPointerOut: () => setHovered(null),
      onClick: (e: ThreeEvent<MouseEvent>) => {
        e.stopPropagation()
        // A drag that ends on a muscle is a rotation, not a choice.
        if (e.delta > 4) return
        // A target muscle opens its group, and so does a tendon of one (Achilles → calves); any other structure
        // opens its own card.
        const muscle = rig.partsByName.get(e.object.name)
        const part = muscle ?? rig.structures.get(e.object.name)
        const store = explorerStore.getState()
        // A second click inside the chosen group singles that muscle out; a click on it again brings the group back.
        if (muscle && selectedGroup(store) === muscle.group)
          store.isolate(isolatedMuscle(store) === muscle.muscle ? null : muscle.muscle)
        else if (part && !part.group && hasOwnCard(part.muscle)) store.openPart(part.muscle)
        else store.select(part ? part.group : null)
      },
    }
  }, [rig, gl])
  // While the body runs, hover would refit every skinned BVH on each pointer move; picking waits for a click.
  const playing = useExplorer((s) => s.playing)
  useEffect(() => {
    if (!playing) return
    explorerStore.getState().setHovered(null)
    gl.domElement.style.cursor = ''
  }, [playing, gl])

  return (
    <RigContext.Provider value={rig}>
      <primitive
        object={rig.root}
        onPointerMove={playing ? undefined : handlers.onPointerMove}
        onPointerOut={playing ? undefined : handlers.onPointerOut}
        onClick={handlers.onClick}
      />
      <ReadyOnFirstFrame rig={rig} />
      {children}
    </RigContext.Provider>
  )
}

/** Restyle materials when selection, hover or X-ray change; no React re-render involved. */
function useStyleSync(rig: BodyRig, pick: PickOptions, invalidate: () => void) {
  // A layout effect: the first frame with the figure is drawn already styled.
  useLayoutEffect(() => {
    const sync = (next: StyleState) => {
      pick.preferDeep = next.xray
      applyStyles(rig, next, currentActivity())
      invalidate()
    }
    return explorerStore.subscribe(styleStateOf, sync, { equalityFn: shallow, fireImmediately: true })
  }, [rig, pick, invalidate])
}

/**
 * `ready` means the body is on screen: wait until a frame containing it has actually been drawn. A component of
 * its own, so that the status changing re-renders only this: re-rendering BodyView hands R3F new handlers for
 * the figure, and R3F answers a prop change with one more frame, drawn after ready on a page at rest.
 */
function ReadyOnFirstFrame({ rig }: { rig: BodyRig }) {
  const invalidate = useThree((s) => s.invalidate)
  const status = useExplorer((s) => s.status)
  // A layout effect: it runs before the first frame with the figure, so that very frame counts.
  useLayoutEffect(() => {
    if (status === 'ready') return
    const before = renderStats.frames
    let raf = 0
    const check = () => {
      if (renderStats.frames > before) explorerStore.getState().markReady()
      else {
        invalidate()
        raf = requestAnimationFrame(check)
      }
    }
    invalidate()
    raf = requestAnimationFrame(check)
    return () => cancelAnimationFrame(raf)
  }, [rig, status, invalidate])
  return null
}
