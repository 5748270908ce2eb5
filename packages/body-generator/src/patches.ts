/**
 * Splits a labelled triangle mesh along its label boundaries. Each vertex carries a score per label;
 * its label is the best score. Where an edge joins two labels a and b, the boundary crosses it where the
 * linear interpolation of score_a − score_b is zero; a triangle with three labels also gets a centre point.
 * Boundary points are shared by the triangles on both sides, so the patches meet without cracks.
 */

export interface LabelledMesh {
  readonly positions: Float64Array
  readonly indices: Uint32Array
  /** Label per triangle. */
  readonly triLabel: Int32Array
  /** For each vertex, an original vertex it lies next to (for looking up evaluation context). */
  readonly near: Int32Array
}

export function splitByLabel(
  positions: Float64Array,
  indices: Uint32Array,
  labelOf: Int32Array,
  score: (vertex: number, label: number) => number,
): LabelledMesh {
  const pos: number[] = Array.from(positions)
  const near: number[] = Array.from({ length: positions.length / 3 }, (_, i) => i)
  const out: number[] = []
  const outLabel: number[] = []
  const cut = new Map<string, number>()

  const edgePoint = (a: number, b: number): number => {
    const key = a < b ? `${a}_${b}` : `${b}_${a}`
    const hit = cut.get(key)
    if (hit !== undefined) return hit
    const la = labelOf[a]!
    const lb = labelOf[b]!
    // g = score_la − score_lb: ≥ 0 at a, ≤ 0 at b.
    const ga = score(a, la) - score(a, lb)
    const gb = score(b, la) - score(b, lb)
    const den = ga - gb
    const t = den > 1e-12 ? Math.min(Math.max(ga / den, 0.02), 0.98) : 0.5
    const id = pos.length / 3
    for (let c = 0; c < 3; c++) pos.push(pos[a * 3 + c]! + (pos[b * 3 + c]! - pos[a * 3 + c]!) * t)
    near.push(t < 0.5 ? a : b)
    cut.set(key, id)
    return id
  }
  const emit = (poly: number[], label: number): void => {
    if (poly.length === 3) {
      out.push(poly[0]!, poly[1]!, poly[2]!)
      outLabel.push(label)
    } else if (poly.length === 4) {
      const d02 = dist2(pos, poly[0]!, poly[2]!)
      const d13 = dist2(pos, poly[1]!, poly[3]!)
      if (d02 <= d13) out.push(poly[0]!, poly[1]!, poly[2]!, poly[0]!, poly[2]!, poly[3]!)
      else out.push(poly[0]!, poly[1]!, poly[3]!, poly[1]!, poly[2]!, poly[3]!)
      outLabel.push(label, label)
    } else {
      for (let i = 1; i < poly.length - 1; i++) {
        out.push(poly[0]!, poly[i]!, poly[i + 1]!)
        outLabel.push(label)
      }
    }
  }

  for (let t = 0; t < indices.length; t += 3) {
    const v = [indices[t]!, indices[t + 1]!, indices[t + 2]!] as const
    const l = [labelOf[v[0]]!, labelOf[v[1]]!, labelOf[v[2]]!] as const
    if (l[0] === l[1] && l[1] === l[2]) {
      out.push(v[0], v[1], v[2])
      outLabel.push(l[0])
      continue
    }
    const three = l[0] !== l[1] && l[1] !== l[2] && l[0] !== l[2]
    let centre = -1
    if (three) {
      const c01 = edgePoint(v[0], v[1])
      const c12 = edgePoint(v[1], v[2])
      const c20 = edgePoint(v[2], v[0])
      centre = pos.length / 3
      for (let c = 0; c < 3; c++) pos.push((pos[c01 * 3 + c]! + pos[c12 * 3 + c]! + pos[c20 * 3 + c]!) / 3)
      near.push(v[0])
    }
    const labels = [...new Set(l)]
    for (const L of labels) {
      const poly: number[] = []
      for (let i = 0; i < 3; i++) {
        const a = v[i]!
        const b = v[(i + 1) % 3]!
        const la = l[i]!
        const lb = l[(i + 1) % 3]!
        if (la === L) poly.push(a)
        if (la !== lb && (la === L || lb === L)) {
          poly.push(edgePoint(a, b))
          // Leaving region L through this edge: the three-label centre comes next.
          if (three && la === L) poly.push(centre)
        }
      }
      emit(poly, L)
    }
  }
  return {
    positions: Float64Array.from(pos),
    indices: Uint32Array.from(out),
    triLabel: Int32Array.from(outLabel),
    near: Int32Array.from(near),
  }
}

function dist2(p: readonly number[], a: number, b: number): number {
  const dx = p[a * 3]! - p[b * 3]!
  const dy = p[a * 3 + 1]! - p[b * 3 + 1]!
  const dz = p[a * 3 + 2]! - p[b * 3 + 2]!
  return dx * dx + dy * dy + dz * dz
}

/**
 * Relabels patches smaller than `minArea` (stray specks, pin-holes) to the neighbouring label they share
 * the longest border with. Mutates and returns `triLabel`.
 */
export function removeIslands(mesh: LabelledMesh, minArea: number): Int32Array {
  const { indices, positions, triLabel } = mesh
  const nt = triLabel.length
  const area = new Float64Array(nt)
  for (let t = 0; t < nt; t++) {
    const a = indices[t * 3]! * 3
    const b = indices[t * 3 + 1]! * 3
    const c = indices[t * 3 + 2]! * 3
    const ux = positions[b]! - positions[a]!
    const uy = positions[b + 1]! - positions[a + 1]!
    const uz = positions[b + 2]! - positions[a + 2]!
    const vx = positions[c]! - positions[a]!
    const vy = positions[c + 1]! - positions[a + 1]!
    const vz = positions[c + 2]! - positions[a + 2]!
    area[t] = 0.5 * Math.hypot(uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx)
  }
  // Triangle neighbours across each edge (−1 on open borders) and the edge lengths.
  const edgeOwner = new Map<number, number>()
  const nb = new Int32Array(nt * 3).fill(-1)
  const nv = positions.length / 3
  for (let t = 0; t < nt; t++) {
    for (let e = 0; e < 3; e++) {
      const a = indices[t * 3 + e]!
      const b = indices[t * 3 + ((e + 1) % 3)]!
      const key = a < b ? a * nv + b : b * nv + a
      const other = edgeOwner.get(key)
      if (other === undefined) edgeOwner.set(key, t * 3 + e)
      else {
        nb[t * 3 + e] = Math.floor(other / 3)
        nb[other] = t
      }
    }
  }
  const edgeLen = (t: number, e: number): number => {
    const a = indices[t * 3 + e]! * 3
    const b = indices[t * 3 + ((e + 1) % 3)]! * 3
    return Math.hypot(
      positions[a]! - positions[b]!,
      positions[a + 1]! - positions[b + 1]!,
      positions[a + 2]! - positions[b + 2]!,
    )
  }
  for (let pass = 0; pass < 4; pass++) {
    let changed = false
    const comp = new Int32Array(nt).fill(-1)
    let nc = 0
    for (let s = 0; s < nt; s++) {
      if (comp[s]! >= 0) continue
      const label = triLabel[s]!
      const stack = [s]
      const members: number[] = []
      comp[s] = nc
      let total = 0
      const border = new Map<number, number>()
      while (stack.length) {
        const t = stack.pop()!
        members.push(t)
        total += area[t]!
        for (let e = 0; e < 3; e++) {
          const u = nb[t * 3 + e]!
          if (u < 0) continue
          if (triLabel[u] === label) {
            if (comp[u]! < 0) {
              comp[u] = nc
              stack.push(u)
            }
          } else border.set(triLabel[u]!, (border.get(triLabel[u]!) ?? 0) + edgeLen(t, e))
        }
      }
      nc++
      if (total >= minArea || border.size === 0) continue
      let best = -1
      let bestLen = -1
      for (const [l, len] of [...border].sort((x, y) => x[0] - y[0])) {
        if (len > bestLen) {
          best = l
          bestLen = len
        }
      }
      for (const t of members) triLabel[t] = best
      changed = true
    }
    if (!changed) break
  }
  return triLabel
}
