// One pay bar, as Levels.fyi draws it: the band's box (its middle half, or its low..high), whiskers where the
// source gives more than the box, median or average ticks, and the posted range in a lane of its own; the
// figures printed under it where they fit. The caller works out the geometry and the words; this draws them.

export interface BandBarModel {
  /** The whole picture in words; the drawing itself is hidden from assistive technology. */
  label: string;
  /** Percent of the track. openEnd draws a fade past `to` for a band whose top is open ("$1M+"). */
  box: { from: number; to: number; openEnd: boolean } | null;
  whiskers: { from: number; to: number; openEnd: boolean } | null;
  ticks: { id: string; at: number }[];
  posted: { from: number; to: number } | null;
  /** The user's own target pay, across both lanes; `at` null when it could not be placed (the legend says why). */
  target: { at: number | null; side: 'below' | 'within' | 'above' | null } | null;
  /** Figures under the track that touch no other: centred on their place, or set against the end they near. */
  labels: { id: string; text: string; at: number; align: 'start' | 'center' | 'end' }[];
  legend: { id: 'box' | 'whiskers' | 'tick' | 'posted' | 'target'; text: string }[];
}

const pct = (value: number) => `${value}%`;
const span = (from: number, to: number) => ({ left: pct(from), width: pct(to - from) });

/** A tick inside the box is drawn as a notch in it; one outside as a mark on the bare track. */
const onBox = (box: BandBarModel['box'], at: number) => box !== null && at >= box.from && at <= box.to;

function labelPlace({ at, align }: BandBarModel['labels'][number]) {
  if (align === 'start') return { left: pct(at) };
  if (align === 'end') return { right: pct(Math.round((100 - at) * 10) / 10) };
  return { left: pct(at), transform: 'translateX(-50%)' };
}

export function BandBar({ model }: { model: BandBarModel }) {
  const { box, whiskers, ticks, posted, target } = model;
  const openEnd = whiskers?.openEnd ? whiskers : box?.openEnd ? box : null;
  return (
    <div class="ail-bandbar">
      <div class="ail-bandbar__track" role="img" aria-label={model.label}>
        {whiskers && <div class="ail-bandbar__whiskers" style={span(whiskers.from, whiskers.to)} />}
        {box && (
          <div
            class="ail-bandbar__band"
            data-open-end={box.openEnd ? 'true' : undefined}
            style={span(box.from, box.to)}
          />
        )}
        {openEnd && <div class="ail-bandbar__open" style={span(openEnd.to, 100)} />}
        {ticks.map((tick) => (
          <div
            key={tick.id}
            class="ail-bandbar__tick"
            data-tick={tick.id}
            data-on-band={onBox(box, tick.at) ? 'true' : 'false'}
            style={{ left: pct(tick.at) }}
          />
        ))}
        {posted && (
          <div class="ail-bandbar__posted" data-posted="true" style={span(posted.from, posted.to)} />
        )}
        {target && target.at !== null && (
          <div
            class="ail-bandbar__target"
            data-target={target.side ?? 'placed'}
            style={{ left: pct(target.at) }}
          />
        )}
      </div>
      {model.labels.length > 0 && (
        <div class="ail-bandbar__labels" aria-hidden="true">
          {model.labels.map((label) => (
            <span key={label.id} class="ail-bandbar__label" data-label={label.id} style={labelPlace(label)}>
              {label.text}
            </span>
          ))}
        </div>
      )}
      <div class="ail-bandbar__legend" aria-hidden="true">
        {model.legend.map((key) => (
          <span
            key={key.id}
            class="ail-bandbar__key"
            data-key={key.id}
            data-on-band={
              key.id === 'tick' && ticks.every((tick) => onBox(box, tick.at)) ? 'true' : undefined
            }
            data-unplaced={key.id === 'target' && target?.at === null ? 'true' : undefined}
          >
            {key.text}
          </span>
        ))}
      </div>
    </div>
  );
}
