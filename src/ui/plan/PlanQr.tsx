import { useEffect, useState } from 'react'
import type { ExerciseId } from '../../domain/exercises.ts'
import { writeLink } from '../../domain/links.ts'

type Encode = typeof import('uqr').encode

let encoder: Encode | null = null
let loading: Promise<Encode> | null = null

/**
 * uqr's encoder, fetched with the plan view (a chunk of its own, never with the page). null until it has arrived;
 * a failed fetch leaves the printout without its codes (the link is printed anyway) and the next plan view tries
 * again.
 */
export function useQrEncoder(): Encode | null {
  const [ready, setReady] = useState<Encode | null>(() => encoder)
  useEffect(() => {
    if (ready) return
    let live = true
    loading ??= import('uqr').then((m) => (encoder = m.encode))
    loading.then(
      (e) => live && setReady(() => e),
      () => (loading = null),
    )
    return () => {
      live = false
    }
  }, [ready])
  return ready
}

/** The link a printed row's code opens: this page with the exercise's demo playing (`?exercise=<id>`). */
export function demoLinkOf(id: ExerciseId): string {
  const search = writeLink('', { muscle: null, view: null, phase: null, play: null, exercise: id })
  return `${window.location.origin}${window.location.pathname}${search}`
}

/**
 * A QR code drawn from the encoder's matrix as one SVG path (no markup from the library is inserted), with a
 * quiet zone of two modules; printed only, beside each exercise row.
 */
export function PlanQr({ id, name, encode }: { id: ExerciseId; name: string; encode: Encode }) {
  const link = demoLinkOf(id)
  const { data, size } = encode(link, { ecc: 'L', border: 2 })
  let d = ''
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) if (data[y]![x]) d += `M${x} ${y}h1v1h-1z`
  return (
    <svg
      className="rae-plan-qr"
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
      role="img"
      aria-label={`QR code: ${name}, demonstrated`}
      data-qr={link}
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  )
}
