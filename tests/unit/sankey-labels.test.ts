import { describe, expect, it } from 'vitest';
import {
  INSIDE_LINE_HEIGHT,
  labelAnchor,
  placeInsideLabels,
  splitLabel,
  type LabelledNode,
} from '../../src/lib/charts/sankey-labels';

describe('labelAnchor', () => {
  const node = { x0: 100, x1: 114 };

  it('puts outside labels beyond the columns', () => {
    expect(labelAnchor({ ...node, role: 'origin' }, 'outside')).toEqual({
      x: 94,
      textAnchor: 'end',
    });
    expect(labelAnchor({ ...node, role: 'destination' }, 'outside')).toEqual({
      x: 120,
      textAnchor: 'start',
    });
  });

  it('puts inside labels towards the middle', () => {
    expect(labelAnchor({ ...node, role: 'origin' }, 'inside')).toEqual({
      x: 120,
      textAnchor: 'start',
    });
    expect(labelAnchor({ ...node, role: 'destination' }, 'inside')).toEqual({
      x: 94,
      textAnchor: 'end',
    });
  });
});

describe('splitLabel', () => {
  // 0.6 em of 10 px is 6 px a character, so 120 px hold 20 characters.
  it('keeps a short label on one line', () => {
    expect(splitLabel('China', '214,672', 120)).toEqual({
      name: ['China'],
      valueOnOwnLine: false,
    });
  });

  it('wraps a long name at spaces', () => {
    expect(splitLabel('Other European partners', '36,617', 120)).toEqual({
      name: ['Other European', 'partners'],
      valueOnOwnLine: true,
    });
  });

  it('moves only the value when the name fits', () => {
    expect(splitLabel('United Kingdom', '211,167', 120)).toEqual({
      name: ['United Kingdom'],
      valueOnOwnLine: true,
    });
  });
});

/** Returns a node of 14 pixels wide in the left or right column of a 340-pixel chart. */
function node(id: string, role: LabelledNode['role'], y0: number, y1: number): LabelledNode {
  const x0 = role === 'origin' ? 0 : 326;
  return { id, role, x0, x1: x0 + 14, y0, y1, name: id, value: '1,000' };
}

describe('placeInsideLabels', () => {
  it('centres a label on a tall node', () => {
    const placed = placeInsideLabels([node('China', 'origin', 0, 200)], 340, 400);
    const label = placed.get('China');
    expect(label?.top).toBe(100 - INSIDE_LINE_HEIGHT / 2);
    expect(label?.bottom).toBe(100 + INSIDE_LINE_HEIGHT / 2);
    expect(label?.leader).toBeNull();
    expect(label?.x).toBe(20);
    expect(label?.textAnchor).toBe('start');
  });

  it('moves crowded labels apart', () => {
    const names = ['Asia, joined at Vientiane 2012', 'Asia, joined at Milan 2014', 'Brunei'];
    const nodes = names.map((name, index) => ({
      ...node(name, 'origin', 380 + index * 6, 383 + index * 6),
      name,
    }));
    const placed = nodes.map((entry) => placeInsideLabels(nodes, 340, 400).get(entry.id)!);

    for (const [index, label] of placed.entries()) {
      expect(label.top, `${names[index]} top`).toBeGreaterThanOrEqual(0);
      expect(label.bottom, `${names[index]} bottom`).toBeLessThanOrEqual(400);
      if (index > 0) {
        expect(label.top, `${names[index]} below the previous`).toBeGreaterThan(
          placed[index - 1].bottom,
        );
      }
    }

    // The long names wrap within half the chart, and a moved label gets a leader line.
    expect(placed[0].name).toEqual(['Asia, joined at', 'Vientiane 2012']);
    expect(placed[0].valueOnOwnLine).toBe(true);
    expect(placed.some((label) => label.leader !== null)).toBe(true);
  });

  it('gives each side its own half', () => {
    const nodes = [
      { ...node('a', 'origin', 0, 40), name: 'Other Asian partners' },
      { ...node('b', 'destination', 0, 40), name: 'Other European partners' },
    ];
    const placed = placeInsideLabels(nodes, 340, 400);
    for (const label of placed.values()) {
      const longest = Math.max(...label.name.map((line) => line.length), '1,000'.length);
      // Each line stays within the 147 pixels between its anchor and the middle less 3.
      expect(longest * 6).toBeLessThanOrEqual(147);
    }
    expect(placed.get('a')?.textAnchor).toBe('start');
    expect(placed.get('b')?.textAnchor).toBe('end');
  });
});
