import { Component, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import {
  events as createPointerEvents,
  createRoot,
  extend,
  type RenderProps,
  type ReconcilerRoot,
  type RootState,
  type RootStore,
} from '@react-three/fiber'
import {
  AmbientLight,
  DirectionalLight,
  Group,
  HemisphereLight,
  Mesh,
  MeshBasicMaterial,
  Object3D,
  PlaneGeometry,
} from 'three'

/**
 * R3F's <Canvas> registers the whole THREE namespace as JSX elements, which defeats tree-shaking (about 60 KiB
 * gzipped of three.js we never use). This is the same mount with a small, explicit catalogue.
 */
extend({
  AmbientLight,
  DirectionalLight,
  Group,
  HemisphereLight,
  Mesh,
  MeshBasicMaterial,
  Object3D,
  PlaneGeometry,
})

export interface LeanCanvasProps extends Pick<
  RenderProps<HTMLCanvasElement>,
  'camera' | 'gl' | 'dpr' | 'frameloop' | 'onCreated' | 'onPointerMissed'
> {
  children: ReactNode
  className?: string
  'aria-label'?: string
  /** A canvas made before the page rendered (with its context) to mount on instead of a new one; read once. */
  canvas?: HTMLCanvasElement | null
  /** Called once the root is configured (renderer, camera, size), before anything renders into it. */
  onConfigured?: (state: RootState) => void
  /** A configure failure the page handles itself (return true); anything else reaches the error boundary. */
  onConfigureError?: (error: unknown) => boolean
}

/** Inside the R3F root: hands a scene crash to the DOM tree, where the stage's own boundary can handle it. */
class ForwardErrors extends Component<{ onError: (error: unknown) => void; children: ReactNode }> {
  static getDerivedStateFromError(): null {
    return null
  }

  override componentDidCatch(error: unknown): void {
    this.props.onError(error)
  }

  override render() {
    return this.props.children
  }
}

const CANVAS_STYLE = { display: 'block', width: '100%', height: '100%' } as const

export function LeanCanvas({
  children,
  className,
  'aria-label': label,
  onConfigureError,
  canvas: premade,
  ...config
}: LeanCanvasProps) {
  // R3F's <Canvas> rethrows errors from its tree into the DOM tree; a separate root would swallow them.
  const [error, setError] = useState<{ error: unknown } | null>(null)
  if (error) throw error.error
  const container = useRef<HTMLDivElement>(null)
  const canvas = useRef<HTMLCanvasElement>(null)
  // Which canvas this stage draws on is settled at mount.
  const [external] = useState(() => premade ?? null)
  const root = useRef<ReconcilerRoot<HTMLCanvasElement> | null>(null)
  const configRef = useRef(config)
  configRef.current = config
  const onConfigureErrorRef = useRef(onConfigureError)
  onConfigureErrorRef.current = onConfigureError
  const wrap = (node: ReactNode) => (
    <ForwardErrors onError={(e) => setError({ error: e })}>{node}</ForwardErrors>
  )
  const childrenRef = useRef(children)
  childrenRef.current = children

  // One root for the canvas' lifetime, configured exactly once, at the first real size; layout, not JS, decides
  // the stage size. Later sizes go through the root's own setSize. Until that first configure nothing may render
  // into the root: R3F's render() on an unconfigured root configures it itself with no props (default camera,
  // no pointer events), and a size arriving after React's effects made that the outcome on some loads.
  const store = useRef<RootStore | null>(null)
  useLayoutEffect(() => {
    const box = container.current!
    if (external) {
      Object.assign(external.style, CANVAS_STYLE)
      external.setAttribute('role', 'img')
      box.appendChild(external)
    }
    const el = external ?? canvas.current!
    let disposed = false
    let configuring = false
    let latest: { width: number; height: number } | null = null
    const r = createRoot(el)
    root.current = r
    const configure = async (width: number, height: number) => {
      configuring = true
      const { onCreated, onConfigured, ...rest } = configRef.current
      await r.configure({
        ...rest,
        events: createPointerEvents,
        size: { width, height, top: 0, left: 0 },
        onCreated: (state) => {
          state.events.connect?.(box)
          onCreated?.(state)
        },
      })
      if (disposed) return
      store.current = r.render(wrap(childrenRef.current))
      onConfigured?.(store.current.getState())
      // A size that arrived while configuring wins over the one configured with.
      if (latest && (latest.width !== width || latest.height !== height)) resize(latest.width, latest.height)
    }
    const resize = (width: number, height: number) => {
      const s = store.current?.getState()
      if (s && (s.size.width !== width || s.size.height !== height)) s.setSize(width, height, 0, 0)
    }
    const observer = new ResizeObserver(([entry]) => {
      const { width, height } = entry!.contentRect
      if (width <= 0 || height <= 0) return
      latest = { width, height }
      if (store.current) resize(width, height)
      else if (!configuring)
        configure(width, height).catch((e: unknown) => {
          if (!disposed && !onConfigureErrorRef.current?.(e)) setError({ error: e })
        })
    })
    observer.observe(box)
    return () => {
      disposed = true
      external?.remove()
      observer.disconnect()
      r.unmount()
      root.current = null
      store.current = null
    }
  }, [external])

  useLayoutEffect(() => {
    if (external && label) external.setAttribute('aria-label', label)
  }, [external, label])

  // Children changes (a retry, a mode switch) re-render into the same root, once it is configured.
  useEffect(() => {
    if (store.current) root.current?.render(wrap(children))
  }, [children])

  return (
    <div
      ref={container}
      className={className}
      style={{ position: 'relative', width: '100%', height: '100%', overflow: 'hidden' }}
    >
      {!external && <canvas ref={canvas} style={CANVAS_STYLE} aria-label={label} role="img" />}
    </div>
  )
}
