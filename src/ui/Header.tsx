import type { ReactNode } from 'react'
import { CopyLinkButton } from './CopyLinkButton.tsx'
import { PlanToggle } from './plan/PlanToggle.tsx'
import { SkinToggle } from './SkinToggle.tsx'
import { ViewPresets } from './ViewPresets.tsx'
import { XrayToggle } from './XrayToggle.tsx'

interface HeaderProps {
  /** Camera presets and X-ray only mean something when the 3D body is on screen. */
  show3dControls: boolean
  /** Further toolbar buttons (stride mode, embed), placed before "Copy link". */
  children?: ReactNode
}

export function Header({ show3dControls, children }: HeaderProps) {
  return (
    <header className="rae-header">
      <h1 className="rae-title">
        Running Anatomy<span className="rae-title-tail"> Explorer</span>
      </h1>
      <div className="rae-toolbar">
        {show3dControls && <ViewPresets />}
        {show3dControls && <XrayToggle />}
        {show3dControls && <SkinToggle />}
        {children}
        <PlanToggle />
        <CopyLinkButton />
      </div>
    </header>
  )
}
