// Grouped checklist: each item ticked or not, with the state said in words as well as drawn.
import { Icon } from './icons';

export interface ChecklistItem {
  id: string;
  label: string;
  checked: boolean;
  /** A short tag after the label ("you have this"). */
  tag?: string;
}

export interface ChecklistGroup {
  id: string;
  name: string;
  /** "3 of 5" */
  countText: string;
  items: ChecklistItem[];
}

export interface ChecklistProps {
  groups: ChecklistGroup[];
  /** Words for a ticked and an unticked item, read after the label. */
  checkedText: string;
  uncheckedText: string;
  /** The language of the group names and labels where it differs from the words around them (data text). */
  dataLang?: string;
}

export function Checklist({ groups, checkedText, uncheckedText, dataLang }: ChecklistProps) {
  return (
    <div class="ail-checklist">
      {groups.map((group) => (
        <div key={group.id} class="ail-checklist__group" data-group={group.id}>
          <h4 class="ail-checklist__title">
            <span lang={dataLang}>{group.name}</span>
            <span class="ail-checklist__count" data-count>
              {group.countText}
            </span>
          </h4>
          <ul class="ail-checklist__items">
            {group.items.map((item) => (
              <li
                key={item.id}
                class="ail-checklist__item"
                data-skill={item.id}
                data-checked={item.checked ? 'true' : 'false'}
              >
                <Icon name={item.checked ? 'check' : 'dash'} class="ail-checklist__icon" />
                <span class="ail-checklist__label" lang={dataLang}>
                  {item.label}
                </span>
                <span class="ail-sr-only">{item.checked ? checkedText : uncheckedText}</span>
                {item.tag && <span class="ail-tag">{item.tag}</span>}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
