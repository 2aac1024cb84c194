import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { RoleId } from '../../data/schema';
import { Provenance } from './Provenance';
import { Section } from './Section';
import type { ComparisonView } from './view-model';
import { DATA_LANG, usePanelWords } from './words';

/**
 * The posting's role beside one other, chosen with a segmented control (native radios: arrow keys move the
 * choice). Each fact is a row of two short lines that wrap in the panel's width; long ones open cut to two
 * lines, in full on request.
 */
export function ComparisonSection({
  comparison,
  onChoose,
}: {
  comparison: ComparisonView;
  onChoose: (role: RoleId) => void;
}) {
  const w = usePanelWords();
  const [full, setFull] = useState(false);
  const listId = useId();
  const group = useId();
  const { detected, choices, other, rows } = comparison;
  return (
    <Section id="comparison" title={w.t('comparison.title')}>
      <fieldset class="ail-seg">
        <legend class="ail-seg__legend">
          {detected ? w.t('comparison.compareWith', { role: detected.short }) : w.t('comparison.show')}
        </legend>
        <div class="ail-seg__items">
          {choices.map((choice) => (
            <SegmentChoice
              key={choice.id}
              group={group}
              value={choice.id}
              name={choice.name}
              short={choice.short}
              checked={choice.id === other}
              onChange={() => onChoose(choice.id)}
            />
          ))}
        </div>
      </fieldset>
      <dl class="ail-compare" id={listId} data-clamped={full ? undefined : 'true'}>
        {rows.map((row) => (
          <div key={row.id} class="ail-compare__row" data-row={row.id}>
            <dt class="ail-compare__label">{row.label}</dt>
            {row.cells.map((cell) => (
              <dd
                key={cell.roleId}
                class="ail-compare__cell"
                data-column={cell.roleId}
                data-this-posting={cell.roleId === detected?.id ? 'true' : undefined}
                data-missing={cell.missing ? 'true' : undefined}
                data-context={cell.context ? 'true' : undefined}
                data-figure={row.id === 'pay' ? '' : undefined}
              >
                <span class="ail-compare__who">
                  {cell.short}
                  <span class="ail-sr-only">
                    {cell.roleId === detected?.id
                      ? w.t('comparison.thisPosting')
                      : w.t('comparison.cellSeparator')}
                  </span>
                </span>
                <span class="ail-compare__text" lang={cell.lang}>
                  {cell.text}
                </span>
                <Provenance provenance={cell.provenance} />
              </dd>
            ))}
          </div>
        ))}
      </dl>
      <button
        type="button"
        class="ail-link-button"
        aria-expanded={full}
        aria-controls={listId}
        onClick={() => setFull(!full)}
      >
        {full ? w.t('comparison.showShorter') : w.t('comparison.showFull')}
      </button>
    </Section>
  );
}

/**
 * One choice of the segmented control. Its radio leaves the group before it is removed: Chromium's radio groups
 * in a shadow root keep every radio removed from them (with its listener, and through it the analysis it drew)
 * alive for as long as the page, one per posting the panel showed.
 */
function SegmentChoice({
  group,
  value,
  name,
  short,
  checked,
  onChange,
}: {
  group: string;
  value: string;
  name: string;
  short: string;
  checked: boolean;
  onChange: () => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  useLayoutEffect(
    () => () => {
      if (input.current) input.current.name = '';
    },
    [],
  );
  return (
    <label class="ail-seg__item" title={name} lang={DATA_LANG}>
      <input
        ref={input}
        type="radio"
        class="ail-seg__input"
        name={group}
        value={value}
        checked={checked}
        onChange={onChange}
      />
      <span class="ail-seg__text">{short}</span>
    </label>
  );
}
