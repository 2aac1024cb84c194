// A horizontal pay band: the band's body, its percentile or average ticks and the posted range, placed in
// percent of the track. The caller works out the geometry and the words; this only draws them.

export interface BandBarModel {
  /** The whole picture in words; the drawing itself is hidden from assistive technology. */
  label: string;
  /**
   * Percent of the track, with the amounts printed under its ends; null when the source gives only a
   * median or an average. openEnd draws a fade past `to` for a band whose top is open ("$1M+").
   */
  band: { from: number; to: number; openEnd: boolean; label: string; low: string; high: string } | null;
  ticks: { id: string; at: number; label: string }[];
  /** Legend words for the ticks ("Percentiles", "Median"). */
  tickLegend: string;
  posted: { from: number; to: number; label: string } | null;
}

const pct = (value: number) => `${value}%`;

/** A tick inside the band's body is drawn as a notch in it; one outside as a mark on the bare track. */
const onBand = (band: BandBarModel['band'], at: number) => band !== null && at >= band.from && at <= band.to;

export function BandBar({ model }: { model: BandBarModel }) {
  const { band, ticks, posted } = model;
  return (
    <div class="ail-bandbar">
      <div class="ail-bandbar__track" role="img" aria-label={model.label}>
        {band && (
          <div
            class="ail-bandbar__band"
            data-open-end={band.openEnd ? 'true' : undefined}
            style={{ left: pct(band.from), width: pct(band.to - band.from) }}
          />
        )}
        {band?.openEnd && (
          <div class="ail-bandbar__open" style={{ left: pct(band.to), width: pct(100 - band.to) }} />
        )}
        {ticks.map((tick) => (
          <div
            key={tick.id}
            class="ail-bandbar__tick"
            data-tick={tick.id}
            data-on-band={onBand(band, tick.at) ? 'true' : 'false'}
            title={tick.label}
            style={{ left: pct(tick.at) }}
          />
        ))}
        {posted && (
          <div
            class="ail-bandbar__posted"
            data-posted="true"
            title={posted.label}
            style={{ left: pct(posted.from), width: pct(posted.to - posted.from) }}
          />
        )}
      </div>
      {band && (
        <div class="ail-bandbar__ends" aria-hidden="true">
          <span class="ail-bandbar__end" data-end="low" style={{ left: pct(band.from) }}>
            {band.low}
          </span>
          <span class="ail-bandbar__end" data-end="high" style={{ right: pct(100 - band.to) }}>
            {band.high}
          </span>
        </div>
      )}
      <div class="ail-bandbar__legend" aria-hidden="true">
        {band && (
          <span class="ail-bandbar__key" data-key="band">
            {band.label}
          </span>
        )}
        {ticks.length > 0 && (
          <span
            class="ail-bandbar__key"
            data-key="tick"
            data-on-band={ticks.every((tick) => onBand(band, tick.at)) ? 'true' : 'false'}
          >
            {model.tickLegend}
          </span>
        )}
        {posted && (
          <span class="ail-bandbar__key" data-key="posted">
            Posted pay
          </span>
        )}
      </div>
    </div>
  );
}
