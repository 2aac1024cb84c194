// Loads a fixture page into a happy-dom Document the way the content script would see it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Field } from '../../../lib/types';

const FIXTURES = join(__dirname, '../../fixtures');

export function loadFixture(path: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(FIXTURES, path), 'utf8'), 'text/html');
}

/** The field's value, failing the test with the field's reason when it is null. */
export function readValue<T>(field: Field<T>): T {
  if ('reason' in field) return expect.fail(`field is null: ${field.reason}`);
  return field.value;
}

export function sourceOf<T>(field: Field<T>): string {
  return 'reason' in field ? `null: ${field.reason}` : field.source;
}
