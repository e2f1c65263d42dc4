import { describe, expect, it } from 'vitest';

import { lookUpCountryNames } from '../../scripts/data/country-display-names';
import { createCollectingLogger } from '../../scripts/data/logger';

describe('lookUpCountryNames', () => {
  it('returns English, Dutch and French names', () => {
    const logger = createCollectingLogger();

    expect(lookUpCountryNames('DE', 'Germany', logger)).toEqual({
      en: 'Germany',
      nl: 'Duitsland',
      fr: 'Allemagne',
    });
    expect(logger.warnings).toEqual([]);
  });

  it('takes the everyday Dutch name, not the formal one', () => {
    const logger = createCollectingLogger();

    expect(lookUpCountryNames('BE', 'Belgium', logger).nl).toBe('België');
    expect(lookUpCountryNames('KR', 'South Korea', logger).nl).toBe('Zuid-Korea');
  });

  it('names Kosovo from its user-assigned code', () => {
    const logger = createCollectingLogger();

    expect(lookUpCountryNames('XK', 'Kosovo', logger)).toEqual({
      en: 'Kosovo',
      nl: 'Kosovo',
      fr: 'Kosovo',
    });
  });

  it('falls back with a warning per missing name', () => {
    const logger = createCollectingLogger();

    // XA is reserved for user assignment, so no locale names it.
    expect(lookUpCountryNames('XA', 'Atlantis', logger)).toEqual({
      en: 'Atlantis',
      nl: 'Atlantis',
      fr: 'Atlantis',
    });
    expect(logger.warnings).toHaveLength(3);
    expect(logger.warnings[0]).toContain('No English name for XA');
    expect(logger.warnings[1]).toContain('No nl name for XA');
    expect(logger.warnings[2]).toContain('No fr name for XA');
  });
});
