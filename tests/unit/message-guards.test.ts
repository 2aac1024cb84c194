// The lens checks the messages it is sent without zod (isMessageOfType); the schemas in lib/extension are the
// reference, and the check must accept exactly what each schema accepts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTICS_REQUEST, DiagnosticsRequest } from '../../lib/extension/diagnostics-message';
import { isMessageOfType, TOGGLE_PANEL, TogglePanelMessage } from '../../lib/extension/messages';
import { fuzzRuns } from './fuzz/runs';

const SCHEMAS = [
  { type: TOGGLE_PANEL.type, schema: TogglePanelMessage },
  { type: DIAGNOSTICS_REQUEST.type, schema: DiagnosticsRequest },
];
const types = fc.constantFrom(...SCHEMAS.map((s) => s.type), 'Toggle-Panel', '', 'diagnostics');
const anything = fc.anything({
  withNullPrototype: true,
  withBoxedValues: true,
  withMap: true,
  withDate: true,
});
/** Messages shaped like ours: a type (ours, near ours, or anything) and other keys. */
const messageLike = fc.oneof(
  fc.record({ type: fc.oneof(types, anything) }),
  fc
    .tuple(types, fc.dictionary(fc.string({ maxLength: 6 }), anything))
    .map(([type, rest]) => ({ ...rest, type })),
  types.map((type) => Object.assign([], { type })),
  types.map((type) => Object.assign(Object.create(null) as object, { type })),
  types.map((type) => Object.create({ type }) as object),
);

describe('isMessageOfType', () => {
  it('accepts a message exactly when its schema does', () => {
    fc.assert(
      fc.property(fc.oneof(messageLike, anything), (raw) => {
        for (const { type, schema } of SCHEMAS) {
          const accepted = schema.safeParse(raw).success;
          if (isMessageOfType(raw, type) !== accepted) expect({ raw, type, accepted }).toBeNull();
        }
      }),
      { numRuns: fuzzRuns() },
    );
  });

  it('knows each message by its own type only', () => {
    expect(isMessageOfType(TOGGLE_PANEL, TOGGLE_PANEL.type)).toBe(true);
    expect(isMessageOfType({ ...DIAGNOSTICS_REQUEST, extra: 1 }, DIAGNOSTICS_REQUEST.type)).toBe(true);
    expect(isMessageOfType(TOGGLE_PANEL, DIAGNOSTICS_REQUEST.type)).toBe(false);
    expect(isMessageOfType(null, TOGGLE_PANEL.type)).toBe(false);
  });
});
