import { describe, expect, it } from 'vitest';
import { SIDE_COLOURS } from '../../src/lib/charts/palette';
import { map as englishMap } from '../../src/lib/i18n/messages/en/map';
import { map as dutchMap } from '../../src/lib/i18n/messages/nl/map';
import { flowLegendBreaks, flowStrokeWidth, roundToNiceStep } from '../../src/lib/map/flow-width';
import { buildMapLegend, type MapLegendInput } from '../../src/lib/map/map-legend';
import { mapLegendMarkup, stackMapAndLegend } from '../../src/lib/map/map-legend-svg';
import { OUTSIDE_FILL, PARTNER_FILL_OPACITY } from '../../src/lib/map/map-shades';

const FLOWS = [
  { origin: 'CHN', destination: 'GBR', students: 122_140 },
  { origin: 'CHN', destination: 'DEU', students: 32_472 },
  { origin: 'IND', destination: 'GBR', students: 27_300 },
  { origin: 'BGD', destination: 'GBR', students: 2_645 },
];

function input(overrides: Partial<MapLegendInput> = {}): MapLegendInput {
  return {
    drawn: FLOWS,
    from: 'asia',
    to: 'europe',
    year: 2019,
    level: 'All tertiary (ISCED 5–8)',
    hasNoFlowPartner: true,
    messages: englishMap.legend,
    tag: 'en',
    ...overrides,
  };
}

describe('flowStrokeWidth', () => {
  it('grows with the square root', () => {
    expect(flowStrokeWidth(100, 100)).toBeCloseTo(11.75, 10);
    expect(flowStrokeWidth(25, 100)).toBeCloseTo(0.75 + 11 * 0.5, 10);
    expect(flowStrokeWidth(1, 100)).toBeCloseTo(0.75 + 11 * 0.1, 10);
  });

  it('keeps a minimum width', () => {
    expect(flowStrokeWidth(0, 100)).toBe(0.75);
    expect(flowStrokeWidth(-5, 100)).toBe(0.75);
  });
});

describe('roundToNiceStep', () => {
  it.each([
    [1, 1],
    [17_970, 20_000],
    [3.3, 5],
    [3.1, 2],
    [6.5, 5],
    [7.2, 10],
    [8, 10],
    [0.14, 0.1],
  ])('rounds %d to %d', (value, expected) => {
    expect(roundToNiceStep(value)).toBeCloseTo(expected, 10);
  });

  it('rejects zero', () => {
    expect(() => roundToNiceStep(0)).toThrow(
      'Invalid value 0: only values above 0 round to a nice step.',
    );
  });
});

describe('flowLegendBreaks', () => {
  it('gives largest, round middle, smallest', () => {
    // The geometric mean of 122,140 and 2,645 is about 17,974.
    expect(flowLegendBreaks(FLOWS.map((flow) => flow.students))).toEqual([122_140, 20_000, 2_645]);
  });

  it('gives one sample for one size', () => {
    expect(flowLegendBreaks([500, 500])).toEqual([500]);
  });

  it('drops a middle equal to an end', () => {
    // The geometric mean of 100 and 101 rounds to 100, the smallest flow itself.
    expect(flowLegendBreaks([100, 101])).toEqual([101, 100]);
  });

  it('ignores empty and invalid sizes', () => {
    expect(flowLegendBreaks([])).toEqual([]);
    expect(flowLegendBreaks([0, Number.NaN, -3])).toEqual([]);
  });
});

describe('buildMapLegend', () => {
  it('describes what is counted', () => {
    expect(buildMapLegend(input()).counted).toBe(
      'Line width: students from an ASEM Asia partner enrolled in an ASEM Europe partner, ' +
        '2019, All tertiary (ISCED 5–8).',
    );
  });

  it('labels samples with formatted counts', () => {
    const legend = buildMapLegend(input());
    expect(legend.lines.map((line) => line.label)).toEqual([
      '122,140 students',
      '20,000 students',
      '2,645 students',
    ]);
    expect(legend.lines[0].width).toBeCloseTo(11.75, 10);
    expect(legend.lines[2].width).toBeCloseTo(0.75 + 11 * Math.sqrt(2_645 / 122_140), 10);
    expect(legend.lineColour).toBe(SIDE_COLOURS.asia);
  });

  it('formats counts in Dutch', () => {
    const legend = buildMapLegend(input({ messages: dutchMap.legend, tag: 'nl' }));
    expect(legend.lines[0].label).toBe('122.140 studenten');
    expect(legend.heading).toBe('Legenda');
  });

  it('lists the shades in order', () => {
    const legend = buildMapLegend(input());
    expect(legend.shades.map((shade) => shade.kind)).toEqual([
      'asia',
      'europe',
      'no-flow',
      'outside',
    ]);
    expect(legend.shades[0].fill).toBe(SIDE_COLOURS.asia);
    expect(legend.shades[0].opacity).toBe(PARTNER_FILL_OPACITY);
    expect(legend.shades[2].fill).toBeNull();
    expect(legend.shades[3].fill).toBe(OUTSIDE_FILL);
  });

  it('omits no-flow when all partners report', () => {
    const legend = buildMapLegend(input({ hasNoFlowPartner: false }));
    expect(legend.shades.map((shade) => shade.kind)).toEqual(['asia', 'europe', 'outside']);
  });

  it('colours lines by origin side', () => {
    const legend = buildMapLegend(input({ from: 'europe', to: 'asia' }));
    expect(legend.lineColour).toBe(SIDE_COLOURS.europe);
    expect(legend.counted).toContain('from an ASEM Europe partner enrolled in an ASEM Asia');
  });
});

/** Returns the text content of every `<text>` element in `markup`. */
function textsOf(markup: string): string[] {
  return [...markup.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((match) => match[1]);
}

describe('mapLegendMarkup', () => {
  it('writes every label', () => {
    const { markup } = mapLegendMarkup(buildMapLegend(input()), 900);
    expect(textsOf(markup)).toEqual([
      'Legend',
      'Line width: students from an ASEM Asia partner enrolled in an ASEM Europe partner, ' +
        '2019, All tertiary (ISCED 5–8).',
      '122,140 students',
      '20,000 students',
      '2,645 students',
      'ASEM Asia partner',
      'ASEM Europe partner',
      'ASEM partner with no reported flow in this direction (no data)',
      'Not an ASEM partner (not counted)',
    ]);
  });

  it('draws samples at their widths', () => {
    const legend = buildMapLegend(input());
    const { markup } = mapLegendMarkup(legend, 900);
    const widths = [...markup.matchAll(/<line [^>]*stroke-width="([\d.]+)"[^>]*stroke-linecap/g)];
    expect(widths.map((match) => Number(match[1]))).toEqual(legend.lines.map((line) => line.width));
  });

  it('hatches the no-flow swatch', () => {
    const { markup } = mapLegendMarkup(buildMapLegend(input()), 900);
    expect(markup).toContain('<pattern id="map-legend-no-flow"');
    expect(markup).toContain('fill="url(#map-legend-no-flow)"');
  });

  it('escapes labels', () => {
    const messages = { ...englishMap.legend, outside: 'Not <ASEM> & co' };
    const { markup } = mapLegendMarkup(buildMapLegend(input({ messages })), 900);
    expect(markup).toContain('>Not &lt;ASEM&gt; &amp; co</text>');
  });

  it('wraps onto more rows when narrow', () => {
    const legend = buildMapLegend(input());
    const wide = mapLegendMarkup(legend, 1200);
    const narrow = mapLegendMarkup(legend, 340);
    expect(narrow.height).toBeGreaterThan(wide.height);

    // At 340 pixels the long no-flow label breaks into two lines.
    expect(textsOf(narrow.markup)).toContain(
      'ASEM partner with no reported flow in this direction',
    );
    expect(textsOf(narrow.markup)).toContain('(no data)');
    for (const match of narrow.markup.matchAll(/<text x="([\d.]+)"[^>]*>([^<]*)</g)) {
      const right = Number(match[1]) + match[2].length * 11 * 0.55;
      expect(right, match[2]).toBeLessThanOrEqual(340);
    }
  });
});

describe('stackMapAndLegend', () => {
  it('puts the legend under the map', () => {
    const map = { markup: '<svg width="500" height="300"></svg>', width: 500, height: 300 };
    const legend = buildMapLegend(input());
    const stacked = stackMapAndLegend(map, legend);
    const block = mapLegendMarkup(legend, 500);

    expect(stacked.width).toBe(500);
    expect(stacked.height).toBe(Math.ceil(300 + 10 + block.height));
    expect(stacked.markup).toContain('<svg width="500" height="300"></svg>');
    expect(stacked.markup).toContain('<g class="map-legend" transform="translate(0, 310)">');
    expect(stacked.markup).toMatch(
      new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" width="500" height="${stacked.height}"`),
    );
  });
});
