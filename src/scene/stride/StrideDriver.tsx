import { useEffect, useMemo } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import { shallow } from 'zustand/shallow'
import { wrapPercent } from '../../domain/gait.ts'
import { wrapIntoLoop } from '../../domain/tour.ts'
import type { LiftMotion } from '../../domain/stride/kinematics.ts'
import { labMotion, warpPercent } from '../../domain/stride/lab-data.ts'
import { TYPICAL_LAB, type LabSettings } from '../../domain/lab.ts'
import { explorerStore, renderStats, strideClock } from '../../store/index.ts'
import type { BodyRig } from '../body-rig.ts'
import { applyActivity, styleStateOf } from '../materials.ts'
import { useRig } from '../rig-context.ts'
import { currentActivity, setGlow, updateGlowStats } from './activity.ts'
import { partActivityAt } from './part-activity.ts'
import { createStrideRig, type StrideRig } from './stride-rig.ts'

/** One motion object per lab setting, so the rig computes each setting's pelvis lift once. */
const motions = new Map<string, LiftMotion & { readonly lab: LabSettings }>()

/** The setting the body shows: the lab's, or the typical runner while compare shows it. */
function shownLab(): LabSettings {
  const s = explorerStore.getState()
  return s.labShowsTypical ? TYPICAL_LAB : s.lab
}

function motionOf(lab: LabSettings): LiftMotion & { readonly lab: LabSettings } {
  const key = `${lab.speed}|${lab.steprate}|${lab.strike}`
  let m = motions.get(key)
  if (!m) {
    const l = labMotion(lab)
    m = { lab, mods: l, strideSeconds: l.strideSeconds, toeOff: l.toeOff }
    motions.set(key, m)
  }
  return m
}

/** A frame longer than this (a background tab, a debugger pause) does not jump the stride ahead. */
const MAX_FRAME_SECONDS = 0.25

/**
 * Runs the body through the stride while stride mode is on (the stage mounts it, loaded on demand, only then): poses the bones and sets the glow from the live
 * clock inside useFrame (no store writes, no allocations), asks for the next frame only while playing, and
 * restores the rest pose when stride mode ends. Renders nothing itself.
 */
export function StrideDriver() {
  const rig = useRig()
  const invalidate = useThree((s) => s.invalidate)
  const stride = useMemo(() => (rig ? createStrideRig(rig.root) : null), [rig])

  useEffect(() => {
    if (!rig || !stride) return
    let on = false
    const sync = () => {
      const s = explorerStore.getState()
      if (s.stride) {
        on = true
        show(rig, stride, strideClock.phase)
      } else if (on) {
        on = false
        hide(rig, stride)
      }
      invalidate()
    }
    const unsubscribe = explorerStore.subscribe(
      (s) => [s.stride, s.phase, s.playing, s.lab, s.labShowsTypical],
      sync,
      {
        equalityFn: shallow,
        fireImmediately: true,
      },
    )
    return () => {
      unsubscribe()
      hide(rig, stride)
      invalidate()
    }
  }, [rig, stride, invalidate])

  useFrame((state, delta) => {
    if (!rig || !stride) return
    const s = explorerStore.getState()
    if (!s.stride || !s.playing) {
      if (renderStats.benchStill) state.invalidate()
      return
    }
    const seconds = Math.min(delta, MAX_FRAME_SECONDS)
    // The lab's stride time: a higher step rate or speed turns the legs over faster at the same playback speed.
    const strideSeconds = motionOf(shownLab()).strideSeconds
    const next = wrapPercent(strideClock.phase + (seconds * s.speed * 100) / strideSeconds)
    // A loop (late swing, 85–95 %) starts over at its beginning instead of running on through the cycle.
    strideClock.phase = s.loop ? wrapIntoLoop(next, s.loop) : next
    show(rig, stride, strideClock.phase)
    state.invalidate()
  })

  return null
}

function show(rig: BodyRig, stride: StrideRig, percent: number) {
  const motion = motionOf(shownLab())
  stride.setMotion(motion)
  stride.apply(percent)
  setGlow(true, partActivityAt(warpPercent(percent, motion.toeOff), motion.lab))
  applyActivity(rig, styleStateOf(explorerStore.getState()), currentActivity())
  updateGlowStats(rig)
  rig.markPoseChanged()
}

function hide(rig: BodyRig, stride: StrideRig) {
  stride.reset()
  setGlow(false)
  applyActivity(rig, styleStateOf(explorerStore.getState()), null)
  updateGlowStats(rig)
  rig.markPoseChanged()
}
