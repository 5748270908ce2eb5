import { createContext, useContext } from 'react'
import type { BodyRig } from './body-rig.ts'

/** The loaded rig, for scene parts that pose or frame it (camera, stride, labels). */
export const RigContext = createContext<BodyRig | null>(null)

export function useRig(): BodyRig | null {
  return useContext(RigContext)
}
