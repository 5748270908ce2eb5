import type { KeyboardEvent } from 'react'
import { GROUPS, type GroupId } from '../domain/groups.ts'
import { selectedGroup, useExplorer } from '../store/index.ts'
import { useMediaQuery } from './useMediaQuery.ts'

type Shape =
  | { kind: 'ellipse'; cx: number; cy: number; rx: number; ry: number; tilt?: number }
  | { kind: 'path'; d: string }
  | { kind: 'rect'; x: number; y: number; w: number; h: number; r: number }

interface Region {
  group: GroupId
  shapes: readonly Shape[]
  /** The label sits in the margin on one side, with a leader line to `to`. */
  label: { side: 'left' | 'right'; y: number; to: readonly [number, number] }
}

interface MapView {
  id: 'front' | 'back'
  title: string
  regions: readonly Region[]
}

const pair = (cx: number, cy: number, rx: number, ry: number, tilt = 0): Shape[] => [
  { kind: 'ellipse', cx, cy, rx, ry, tilt },
  { kind: 'ellipse', cx: 200 - cx, cy, rx, ry, tilt: -tilt },
]

// A stylised body 200 units wide, centred on x = 100; labels use the margins either side.
const MAP_VIEWS: readonly MapView[] = [
  {
    id: 'front',
    title: 'Front',
    regions: [
      { group: 'shoulders', shapes: pair(63, 90, 13, 13), label: { side: 'left', y: 70, to: [56, 84] } },
      {
        group: 'core',
        shapes: [{ kind: 'rect', x: 80, y: 100, w: 40, h: 100, r: 14 }],
        label: { side: 'right', y: 150, to: [120, 150] },
      },
      {
        group: 'hip-flexors',
        shapes: pair(84, 240, 8, 19, -28),
        label: { side: 'left', y: 232, to: [80, 236] },
      },
      {
        group: 'quadriceps',
        shapes: pair(82, 298, 12, 37),
        label: { side: 'right', y: 298, to: [130, 298] },
      },
    ],
  },
  {
    id: 'back',
    title: 'Back',
    regions: [
      { group: 'shoulders', shapes: pair(63, 90, 13, 13), label: { side: 'left', y: 70, to: [56, 84] } },
      {
        group: 'upper-back',
        shapes: [{ kind: 'path', d: 'M100 64 L128 82 L114 128 L100 142 L86 128 L72 82 Z' }],
        label: { side: 'right', y: 112, to: [118, 112] },
      },
      { group: 'glutes', shapes: pair(85, 222, 16, 19), label: { side: 'left', y: 222, to: [72, 222] } },
      {
        group: 'hamstrings',
        shapes: pair(82, 290, 11, 36),
        label: { side: 'right', y: 290, to: [129, 290] },
      },
      { group: 'calves', shapes: pair(82, 368, 10, 26), label: { side: 'left', y: 368, to: [73, 368] } },
    ],
  },
]

const LEFT_LABEL_X = 2
const RIGHT_LABEL_X = 198
const LABELLED_VIEWBOX = '-96 0 392 440'
/** Phones drop the margin labels so the figures (and their tap areas) can be twice as large. */
const COMPACT_VIEWBOX = '-6 0 212 440'
const COMPACT_QUERY = '(max-width: 700px)'

function ShapeEl({ shape, className }: { shape: Shape; className: string }) {
  switch (shape.kind) {
    case 'ellipse':
      return (
        <ellipse
          className={className}
          cx={shape.cx}
          cy={shape.cy}
          rx={shape.rx}
          ry={shape.ry}
          transform={shape.tilt ? `rotate(${shape.tilt} ${shape.cx} ${shape.cy})` : undefined}
        />
      )
    case 'rect':
      return (
        <rect className={className} x={shape.x} y={shape.y} width={shape.w} height={shape.h} rx={shape.r} />
      )
    case 'path':
      return <path className={className} d={shape.d} />
  }
}

function Silhouette() {
  return (
    <g className="rae-map-body" aria-hidden="true">
      <circle cx={100} cy={36} r={21} />
      <rect x={91} y={52} width={18} height={20} rx={4} />
      <path d="M60 78 Q100 64 140 78 L135 150 Q130 190 135 230 L65 230 Q70 190 65 150 Z" />
      <rect x={42} y={80} width={20} height={142} rx={10} transform="rotate(9 52 80)" />
      <rect x={138} y={80} width={20} height={142} rx={10} transform="rotate(-9 148 80)" />
      <rect x={67} y={222} width={29} height={198} rx={13} />
      <rect x={104} y={222} width={29} height={198} rx={13} />
      <ellipse cx={80} cy={424} rx={15} ry={7} />
      <ellipse cx={120} cy={424} rx={15} ry={7} />
    </g>
  )
}

/** A flat front/back body map for browsers without WebGL; every region is a focusable button. */
export function BodyMap() {
  const selected = useExplorer(selectedGroup)
  const select = useExplorer((s) => s.select)
  const compact = useMediaQuery(COMPACT_QUERY)

  const onKeyDown = (event: KeyboardEvent<SVGGElement>, group: GroupId) => {
    if (event.key !== 'Enter' && event.key !== ' ') return
    event.preventDefault()
    select(group)
  }

  return (
    <div className="rae-map">
      {MAP_VIEWS.map((view) => (
        <figure className="rae-map-figure" key={view.id}>
          <svg
            className="rae-map-svg"
            viewBox={compact ? COMPACT_VIEWBOX : LABELLED_VIEWBOX}
            role="group"
            aria-label={`${view.title} of the body`}
          >
            <Silhouette />
            {view.regions.map((region) => {
              const { side, y, to } = region.label
              const name = GROUPS[region.group].name
              const isSelected = selected === region.group
              return (
                <g
                  key={region.group}
                  className="rae-map-region"
                  data-group={region.group}
                  role="button"
                  tabIndex={0}
                  aria-label={name}
                  aria-pressed={isSelected}
                  onClick={() => select(region.group)}
                  onKeyDown={(event) => onKeyDown(event, region.group)}
                >
                  <title>{name}</title>
                  {region.shapes.map((shape, i) => (
                    <ShapeEl key={`hit-${i}`} shape={shape} className="rae-map-hit" />
                  ))}
                  {region.shapes.map((shape, i) => (
                    <ShapeEl key={i} shape={shape} className="rae-map-shape" />
                  ))}
                  {!compact && (
                    <>
                      <line
                        className="rae-map-leader"
                        x1={side === 'left' ? LEFT_LABEL_X + 2 : RIGHT_LABEL_X - 2}
                        y1={y - 4}
                        x2={to[0]}
                        y2={to[1]}
                      />
                      <text
                        className="rae-map-label"
                        x={side === 'left' ? LEFT_LABEL_X : RIGHT_LABEL_X}
                        y={y}
                        textAnchor={side === 'left' ? 'end' : 'start'}
                      >
                        {name}
                      </text>
                    </>
                  )}
                </g>
              )
            })}
          </svg>
          <figcaption className="rae-map-caption">{view.title}</figcaption>
        </figure>
      ))}
    </div>
  )
}
