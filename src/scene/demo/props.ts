/**
 * The kit a demo needs, generated like the body: plain boxes, cylinders and spheres in the figure's own space,
 * drawn with the figure's material (one shader program), made when the demo opens and disposed when it closes.
 * Held kit rides on the hand bones; a bar held in both hands, a ball and a band are placed each frame.
 */
import {
  BoxGeometry,
  Color,
  CylinderGeometry,
  Group,
  Mesh,
  SphereGeometry,
  Vector3,
  type BufferGeometry,
  type Material,
  type Object3D,
} from 'three'
import type { Side } from '../../domain/groups.ts'
import { GRIP, gripOf, type DemoPose } from '../../domain/demo/solve.ts'
import type { DemoProp } from '../../domain/demo/types.ts'
import type { BoneName } from '../../domain/skeleton.ts'
import type { BodyRig } from '../body-rig.ts'

export interface DemoProps {
  readonly group: Group
  /** Move the props that follow the body to this pose. */
  update(pose: DemoPose): void
  dispose(): void
}

/** The sole below the ankle joint in the foot's rest frame, plus half the plate's thickness, metres. */
const SOLE_BELOW_ANKLE = 0.085

const _a = new Vector3()
const _b = new Vector3()
const _up = new Vector3(0, 1, 0)

export function createDemoProps(
  rig: BodyRig,
  props: readonly DemoProp[],
  bones: Readonly<Record<BoneName, Object3D>>,
): DemoProps {
  const group = new Group()
  group.name = 'demo-props'
  const geometries: BufferGeometry[] = []
  const materials: Material[] = []
  const material = (hex: string, roughness: number) => {
    const m = rig.newMaterial({ color: new Color(hex), roughness, name: `prop:${hex}` })
    materials.push(m)
    return m
  }
  const iron = material('#3b4048', 0.45)
  const wood = material('#8b7355', 0.8)
  const padding = material('#2f3a4a', 0.9)
  const rubber = material('#c2553f', 0.6)
  const geo = <G extends BufferGeometry>(g: G): G => (geometries.push(g), g)
  const mesh = (g: BufferGeometry, m: Material, parent: Object3D = group) => {
    const out = new Mesh(g, m)
    // Kit is scenery: a click passes through it to the body.
    out.raycast = () => {}
    parent.add(out)
    return out
  }
  const movers: ((pose: DemoPose) => void)[] = []
  /** Kit hung on a hand bone, taken off again when the demo closes. */
  const attached: Object3D[] = []
  const between = (pose: DemoPose, out: Vector3) =>
    gripOf(pose, 'L', out)
      .add(gripOf(pose, 'R', _b))
      .multiplyScalar(0.5)

  const dumbbell = (parent: Object3D, weight = 1) => {
    const g = new Group()
    g.position.set(...GRIP)
    // Held in a neutral grip: the handle runs front to back through the fist.
    g.rotation.x = Math.PI / 2
    mesh(geo(new CylinderGeometry(0.014, 0.014, 0.14, 10)), iron, g)
    for (const y of [-0.075, 0.075]) {
      const plate = mesh(geo(new CylinderGeometry(0.045 * weight, 0.045 * weight, 0.05, 14)), iron, g)
      plate.position.y = y
    }
    parent.add(g)
    attached.push(g)
  }
  const kettlebell = (parent: Object3D) => {
    const g = new Group()
    g.position.set(GRIP[0], GRIP[1] - 0.1, GRIP[2])
    mesh(geo(new SphereGeometry(0.085, 16, 12)), iron, g)
    const handle = mesh(geo(new CylinderGeometry(0.012, 0.012, 0.11, 8)), iron, g)
    handle.position.y = 0.1
    handle.rotation.z = Math.PI / 2
    parent.add(g)
    attached.push(g)
  }

  for (const p of props) {
    if (p.box) {
      const [min, max] = p.box
      const size = [max[0] - min[0], max[1] - min[1], max[2] - min[2]] as const
      const m = p.kind === 'wall' ? wood : p.kind === 'bar' ? iron : p.kind === 'partner' ? rubber : padding
      const box = mesh(geo(new BoxGeometry(...size)), m)
      box.position.set((min[0] + max[0]) / 2, (min[1] + max[1]) / 2, (min[2] + max[2]) / 2)
      if (p.tilt) box.rotation.x = (p.tilt * Math.PI) / 180
      continue
    }
    const sides: readonly Side[] = p.hand === 'both' ? ['L', 'R'] : p.hand ? [p.hand] : []
    if (p.kind === 'dumbbell') for (const s of sides) dumbbell(bones[`hand_${s}`])
    else if (p.kind === 'kettlebell' && p.hand !== 'both')
      for (const s of sides) kettlebell(bones[`hand_${s}`])
    else if (p.kind === 'barbell' || p.kind === 'trap-bar') {
      const bar = new Group()
      mesh(
        geo(new CylinderGeometry(0.014, 0.014, p.kind === 'barbell' ? 1.6 : 0.9, 10)),
        iron,
        bar,
      ).rotation.z = Math.PI / 2
      for (const x of [-0.62, 0.62]) {
        const plate = mesh(geo(new CylinderGeometry(0.2, 0.2, 0.04, 20)), iron, bar)
        plate.rotation.z = Math.PI / 2
        plate.position.x = p.kind === 'barbell' ? x : x * 0.62
      }
      group.add(bar)
      movers.push((pose) => between(pose, bar.position))
    } else if (p.kind === 'medicine-ball' || (p.kind === 'kettlebell' && p.hand === 'both')) {
      const ball = new Group()
      if (p.kind === 'medicine-ball') mesh(geo(new SphereGeometry(0.11, 16, 12)), rubber, ball)
      else kettlebell(ball)
      group.add(ball)
      movers.push((pose) => {
        between(pose, ball.position)
        if (p.kind === 'medicine-ball') ball.position.add(_a.set(0, 0.02, 0.06))
        else ball.position.sub(_a.set(...GRIP))
      })
    } else if (p.kind === 'band' && p.knees) {
      // Round both thighs a hand's width above the knees: a short bar between them, drawn as the band's cross-section.
      const line = mesh(geo(new CylinderGeometry(0.012, 0.012, 1, 8)), rubber)
      movers.push((pose) => {
        const a = _a.copy(pose.at.shin_L).lerp(pose.at.thigh_L, 0.15)
        const b = _b.copy(pose.at.shin_R).lerp(pose.at.thigh_R, 0.15)
        line.position.copy(a).add(b).multiplyScalar(0.5)
        line.scale.set(1, Math.max(a.distanceTo(b) + 0.12, 1e-3), 1)
        line.quaternion.setFromUnitVectors(_up, a.sub(b).normalize())
      })
    } else if (p.kind === 'band' && !p.from) {
      // A band stretched between the hands, or from the hands to a foot.
      const line = mesh(geo(new CylinderGeometry(0.007, 0.007, 1, 6)), rubber)
      movers.push((pose) => {
        const a = p.foot !== undefined ? _a.copy(pose.at[`toes_${p.foot}`]) : gripOf(pose, 'L', _a)
        const b = p.foot !== undefined ? between(pose, _b) : gripOf(pose, 'R', _b)
        line.position.copy(a).add(b).multiplyScalar(0.5)
        line.scale.set(1, Math.max(a.distanceTo(b), 1e-3), 1)
        line.quaternion.setFromUnitVectors(_up, a.sub(b).normalize())
      })
    } else if (p.kind === 'machine' && p.plate) {
      // A leg press's plate: flat under both soles, turning with the left foot (the feet move together).
      const plate = mesh(geo(new BoxGeometry(0.5, 0.025, 0.34)), iron)
      movers.push((pose) => {
        plate.quaternion.copy(pose.world.foot_L)
        plate.position
          .set(0, -SOLE_BELOW_ANKLE, 0.05)
          .applyQuaternion(pose.world.foot_L)
          .add(_a.copy(pose.at.foot_L).add(pose.at.foot_R).multiplyScalar(0.5))
      })
    } else if (p.kind === 'machine' && p.foot !== undefined) {
      // A machine's roller or plate that moves with the feet (a leg curl's ankle pad, a leg press's plate).
      const pad = mesh(geo(new CylinderGeometry(0.045, 0.045, 0.36, 12)), padding)
      pad.rotation.z = Math.PI / 2
      movers.push((pose) => {
        pad.position.copy(pose.at.foot_L).add(pose.at.foot_R).multiplyScalar(0.5)
        pad.position.y += 0.0
      })
    } else if ((p.kind === 'band' || p.kind === 'cable') && p.from) {
      const from = p.from
      const line = mesh(geo(new CylinderGeometry(0.006, 0.006, 1, 6)), p.kind === 'band' ? rubber : iron)
      const anchor = mesh(geo(new BoxGeometry(0.06, 0.06, 0.06)), iron)
      anchor.position.set(...from)
      movers.push((pose) => {
        const end =
          p.foot !== undefined
            ? _a.copy(pose.at[`toes_${p.foot}`])
            : p.hand === 'both'
              ? between(pose, _a)
              : gripOf(pose, p.hand ?? 'R', _a)
        _b.set(...from)
        line.position.copy(end).add(_b).multiplyScalar(0.5)
        const length = end.distanceTo(_b)
        line.scale.set(1, Math.max(length, 1e-3), 1)
        line.quaternion.setFromUnitVectors(_up, end.sub(_b).normalize())
      })
    }
  }
  return {
    group,
    update: (pose) => {
      for (const move of movers) move(pose)
    },
    dispose: () => {
      group.removeFromParent()
      for (const a of attached) a.removeFromParent()
      for (const g of geometries) g.dispose()
      for (const m of materials) m.dispose()
    },
  }
}
