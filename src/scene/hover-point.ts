import { Vector3 } from 'three'

/** Where the pointer last touched a muscle: mutable, read by the hover label, never put in the store. */
export const hoverPoint = new Vector3()
