// The built extension stays within its bundle budgets (gzip, what each entry point loads up front). Runs in
// the browser project because that one runs after `wxt build`; the ceilings live in tests/bench/budgets.ts,
// and `npm run bench` prints how far each entry is from its target.
import { describe, expect, it } from 'vitest';
import { BUNDLE_CEILING_GZIP, BUNDLE_TARGET_GZIP, type BudgetedEntry } from '../bench/budgets';
import { entrySizes } from '../bench/entry-sizes';
import { CHROME_BUILD } from './harness';

describe('bundle budget of the Chrome build', () => {
  const sizes = entrySizes(CHROME_BUILD);

  it.each(Object.keys(BUNDLE_CEILING_GZIP) as BudgetedEntry[])(
    '%s loads no more than its ceiling',
    (name) => {
      const size = sizes.find((s) => s.entry === name);
      expect(size, `no ${name} entry in the manifest`).toBeDefined();
      const gzip = size?.gzip ?? Number.NaN;
      console.info(
        `[bundle-budget] ${name}: ${(gzip / 1024).toFixed(1)} KB gzip (${size?.files.join(', ')}); ceiling ` +
          `${BUNDLE_CEILING_GZIP[name] / 1024} KB, target ${BUNDLE_TARGET_GZIP[name] / 1024} KB`,
      );
      expect(gzip).toBeGreaterThan(0);
      expect(gzip).toBeLessThanOrEqual(BUNDLE_CEILING_GZIP[name]);
    },
  );
});
