/**
 * Tours for a coach's talk: short stories told on the body, each step a view (group, one muscle alone, labels,
 * X-ray, side, a stride moment or a slow loop over a range) with two or three sentences and their sources. The
 * text is ours, written from the group content; the numbers and sources are the content's own.
 */
import type { TourId, TourView } from '../domain/tour.ts'
import type { SourcedText } from './types.ts'

export interface TourStep extends SourcedText {
  readonly title: string
  readonly view: TourView
}

export interface Tour {
  readonly id: TourId
  readonly title: string
  /** One line saying what the tour is about, for the list of tours. */
  readonly about: string
  readonly steps: readonly TourStep[]
}

export const TOURS: Readonly<Record<TourId, Tour>> = {
  'hamstring-strain': {
    id: 'hamstring-strain',
    title: 'Why hamstrings strain in late swing',
    about: 'The brake at the end of every swing, the muscle that tears and the exercise that protects it.',
    steps: [
      {
        title: 'The brake at the end of the swing',
        text: 'Watch the last fifth of the stride, slowed down. As the shin flies forward the hamstrings catch it, working hard while they are stretched to their longest.',
        sources: ['Chum11', 'Thel05'],
        flags: [],
        view: { muscle: 'hamstrings', side: 'right', labels: true, phase: 90, loop: [85, 95], speed: 0.25 },
      },
      {
        title: 'The long head of biceps femoris',
        text: 'Most hamstring strains in sprinting are in this one muscle. In a model of late swing it is about a tenth longer than when you stand still, and the load on it rises with speed.',
        sources: ['Chum11', 'Thel05', 'JSSM-BFlh'],
        flags: [],
        view: { muscle: 'hamstrings', isolate: 'biceps-femoris', side: 'back', labels: true },
      },
      {
        title: 'Strength for the stretched position',
        text: 'The Nordic curl loads the hamstrings while they lengthen, the same work as that brake. Programmes that include it about halved hamstring injuries across sports, mostly football, though a reappraisal called the pooled evidence inconclusive; no trial has been run in runners.',
        sources: ['vDyk19', 'Impel21', 'Chum11'],
        flags: [],
        view: { muscle: 'hamstrings', side: 'back', labels: false, card: 'section:exercises' },
      },
    ],
  },
  'calf-springs': {
    id: 'calf-springs',
    title: 'The calves and the Achilles spring',
    about:
      'How the calves and the Achilles tendon store energy as you land and give it back as you push off.',
    steps: [
      {
        title: 'Loading the spring',
        text: 'From landing to midstance the shin tips forward over the foot. The calves let it go under control while the Achilles tendon stretches and stores energy.',
        sources: ['Gaz07', 'Hamner10'],
        flags: ['SIM'],
        view: { muscle: 'calves', side: 'right', labels: true, phase: 20, loop: [10, 34], speed: 0.25 },
      },
      {
        title: 'The biggest force of any muscle',
        text: 'In a running simulation the soleus, the flat calf muscle under the gastrocnemius, made the largest force of any single muscle, and models put the Achilles load at about 6–8 times body weight.',
        sources: ['Hamner10', 'ScWi90'],
        flags: ['SIM', 'NV'],
        view: { muscle: 'calves', isolate: 'soleus', side: 'back', xray: false, labels: true },
      },
      {
        title: 'Push-off: the spring gives back',
        text: 'At push-off the calves rise onto the toes and the tendon releases what it stored. Heavy, slow calf raises are one tested way to load the tendon; they have been tested as treatment, not as prevention.',
        sources: ['Hamner10', 'Gaz07', 'Beyer15'],
        flags: ['SIM'],
        view: { muscle: 'calves', side: 'right', labels: true, phase: 31, loop: [26, 36], speed: 0.25 },
      },
    ],
  },
  'hip-drop': {
    id: 'hip-drop',
    title: 'Gluteus medius and the level pelvis',
    about:
      'The muscle on the side of the hip that keeps the pelvis level on one leg, and what happens when it does not.',
    steps: [
      {
        title: 'Landing on one leg',
        text: 'As your full weight arrives on one leg, the gluteus medius peaks: it stops the thigh collapsing inward and the opposite hip from dropping.',
        sources: ['Foch20', 'Hamner10'],
        flags: ['SIM'],
        view: {
          muscle: 'glutes',
          isolate: 'gluteus-medius',
          side: 'back',
          labels: true,
          phase: 10,
          loop: [3, 20],
          speed: 0.25,
        },
      },
      {
        title: 'Level over the standing leg',
        text: 'Through midstance it keeps the pelvis level over the single supporting leg while the gluteus maximus winds down.',
        sources: ['Mont94', 'Hamner10'],
        flags: ['SIM'],
        view: { muscle: 'glutes', isolate: 'gluteus-medius', side: 'left', labels: true, phase: 20 },
      },
      {
        title: 'When it tires',
        text: 'Runners with outer-knee pain (iliotibial band syndrome) had about a quarter less hip-abductor strength, and a six-week hip programme, with no comparison group, got most of them back to running without pain.',
        sources: ['Fred00'],
        flags: [],
        view: { muscle: 'glutes', side: 'back', labels: false, card: 'section:exercises' },
      },
    ],
  },
  'cadence-knee': {
    id: 'cadence-knee',
    title: 'Will a higher cadence save my knees?',
    about:
      'The same speed with 10 % fewer or 10 % more steps: what the knee, the kneecap joint and the hip muscles take, per step and per kilometre.',
    steps: [
      {
        title: 'Ten per cent fewer steps',
        text: 'At 90 % of their own step rate, 45 runners absorbed more energy at every joint on landing. In another study a step at least 10 % longer raised kneecap stress per step by 31 % (23 women at 3.7 m/s).',
        sources: ['Heid11', 'Wills14'],
        // The thigh's brighter midstance glow at 90 % is our size (review 25 round 2, A4).
        flags: ['SIM', 'UE'],
        view: {
          muscle: 'quadriceps',
          side: 'right',
          labels: true,
          phase: 10,
          loop: [0, 20],
          speed: 0.25,
          lab: { steprate: 90 },
        },
      },
      {
        title: 'Ten per cent more steps',
        text: 'At 110 % the knee bends less in stance, and a model of 30 runners put peak kneecap force 14 % lower, with lower knee and ankle extensor forces in midstance: the thigh glows less here, by our estimate of the size. Gluteus medius, the largest hip muscle force, fell from 32.1 to 28.7 N/kg in stance.',
        sources: ['Lenh14', 'LenhHip14', 'Heid11'],
        flags: ['SIM', 'UE'],
        view: {
          muscle: 'quadriceps',
          side: 'right',
          labels: true,
          phase: 10,
          loop: [0, 20],
          speed: 0.25,
          lab: { steprate: 110 },
        },
      },
      {
        title: 'Per kilometre, not only per step',
        text: 'More steps means more landings, which takes back part of the saving: 7.5 % less kneecap stress per mile in one study, 9–12 % less per kilometre in another. These are loads estimated in the lab, not injury rates.',
        sources: ['Wills14', 'Wills15'],
        flags: ['SIM'],
        view: { muscle: 'quadriceps', side: 'right', labels: false, phase: 10, lab: { steprate: 110 } },
      },
    ],
  },
  'strike-achilles': {
    id: 'strike-achilles',
    title: 'Is forefoot running harder on my Achilles?',
    about:
      'Heel first or ball of the foot first: when the calves switch on, what the Achilles tendon takes, and what the kneecap joint is spared.',
    steps: [
      {
        title: 'Most runners land on the heel',
        text: 'At the 8 km mark of a marathon, 94 % of 1,991 runners landed heel first. The calves switch on late in the swing and take the load as the foot flattens.',
        sources: ['Kasm13', 'Gaz07'],
        flags: [],
        view: {
          muscle: 'calves',
          side: 'right',
          labels: true,
          phase: 88,
          loop: [75, 100],
          speed: 0.25,
          lab: { strike: 'rearfoot' },
        },
      },
      {
        title: 'On the forefoot the calves start earlier',
        text: 'Forefoot strikers switched their calf muscles on 11 % earlier and kept them on 10 % longer than rearfoot strikers (EMG; 40 runners at four speeds, barefoot and shod, no instruction on strike: 11 always landed forefoot, 11 always heel first, 18 forefoot only when barefoot; the abstract does not say which landings were compared, nor 11 % of what), with more gastrocnemius activity at the end of the swing and less at the front of the shin in another study.',
        sources: ['Ahn14', 'Yong14'],
        // The glow reads Ahn's 11 % as % of the stride: our reading (review 25 round 2, A3).
        flags: ['UE'],
        view: {
          muscle: 'calves',
          side: 'right',
          labels: true,
          phase: 88,
          loop: [75, 100],
          speed: 0.25,
          lab: { strike: 'forefoot' },
        },
      },
      {
        title: 'Per step, models load the calves and Achilles more and the kneecap less',
        text: 'In a barefoot simulation of 19 women, grouped by the strike they used running barefoot in the lab, those who landed on the midfoot or forefoot had 11 % more Achilles impulse per step than those who landed heel first (P = 0.05); loading rate did not differ significantly (Almonroeder 2013). When 16 rearfoot strikers switched to the forefoot, modelled gastrocnemius and soleus forces rose (P < 0.05) and peak kneecap stress fell 27 % (Vannatta & Kernozek 2015).',
        sources: ['Almo13', 'Vann15'],
        flags: ['SIM', 'UE'],
        view: { muscle: 'calves', side: 'back', labels: true, phase: 15, lab: { strike: 'forefoot' } },
      },
    ],
  },
  'speed-hip': {
    id: 'speed-hip',
    title: 'Faster running: from the calves to the hips',
    about: 'From a steady run to a sprint: which muscles make you faster, and where the ankle stops adding.',
    steps: [
      {
        title: 'A steady run: the calves carry you',
        text: 'Up to about 7 m/s, runners go faster mainly by pushing harder into the ground with the soleus and gastrocnemius, which lengthens the stride.',
        sources: ['Dorn12'],
        flags: ['SIM'],
        view: { muscle: 'calves', side: 'right', labels: true, phase: 20, loop: [5, 34], speed: 0.25 },
      },
      {
        title: 'Past 5 m/s the ankle levels off',
        text: 'Positive work at the ankle rose with speed up to about 5 m/s and then stayed near 1.3 J/kg, while the hip’s kept rising in both stance and swing (7 people, from walking to sprinting). Calf force in another study rose to about 7 m/s: a different measure. The calves’ glow here holds at its 5 m/s level; its sizes are our estimate.',
        sources: ['Scha15', 'Dorn12'],
        // Dorn 2012's calf force is a model's (review 25 round 5).
        flags: ['SIM', 'UE'],
        view: {
          muscle: 'glutes',
          side: 'right',
          labels: true,
          phase: 40,
          loop: [30, 60],
          speed: 0.25,
          lab: { speed: 7 },
        },
      },
      {
        title: 'Sprinting: the hips swing the legs',
        text: 'Above about 7 m/s the calves shorten too fast to add support. The iliopsoas, gluteus maximus and hamstrings swing the legs faster instead, so stride frequency rises.',
        sources: ['Dorn12'],
        flags: ['SIM', 'UE'],
        view: {
          muscle: 'hip-flexors',
          side: 'right',
          labels: true,
          phase: 40,
          loop: [30, 60],
          speed: 0.25,
          lab: { speed: 9 },
        },
      },
    ],
  },
}
