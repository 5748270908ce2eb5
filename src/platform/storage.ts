/**
 * The device's own storage, which may be missing (private modes, sandboxed frames), full or refused. Every call
 * says whether it worked instead of throwing, so a failed save never costs the reader what is on screen.
 */
function local(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    // Reading localStorage itself throws where storage is blocked.
    return null
  }
}

export function readStored(key: string): string | null {
  try {
    return local()?.getItem(key) ?? null
  } catch {
    return null
  }
}

/** False when the value could not be kept (no storage, quota full, refused). */
export function writeStored(key: string, value: string): boolean {
  const store = local()
  if (!store) return false
  try {
    store.setItem(key, value)
    return true
  } catch {
    return false
  }
}

export function removeStored(key: string): void {
  try {
    local()?.removeItem(key)
  } catch {
    // Nothing to do: what cannot be removed stays as it was.
  }
}
