/**
 * Placement of a Sankey node's label. Outside, origin labels end left of their node and
 * destination labels start right of it, in the chart's padding. Inside, they face the other
 * column over the links, so a phone-wide chart needs no padding for them.
 */

export type LabelPlacement = 'outside' | 'inside';

/** Space between a node and its label, in pixels. */
const LABEL_GAP = 6;

export interface LabelAnchor {
  x: number;
  textAnchor: 'start' | 'end';
}

/** Returns the label position of a laid-out node with edges `x0` and `x1`. */
export function labelAnchor(
  node: { role: 'origin' | 'destination'; x0?: number; x1?: number },
  placement: LabelPlacement,
): LabelAnchor {
  const left = node.x0 ?? 0;
  const right = node.x1 ?? 0;
  const towardsRight = (node.role === 'origin') === (placement === 'inside');
  return towardsRight
    ? { x: right + LABEL_GAP, textAnchor: 'start' }
    : { x: left - LABEL_GAP, textAnchor: 'end' };
}

/** Font size of labels inside the columns, in pixels, and their line height. */
export const INSIDE_FONT_SIZE = 10;
export const INSIDE_LINE_HEIGHT = 1.2 * INSIDE_FONT_SIZE;

/** Space between neighbouring nodes of one column when labels are inside, in pixels. */
export const INSIDE_NODE_PADDING = 10;

/** Vertical space kept between two labels of one column, in pixels. */
const LABEL_SPACING = 2;

// Pixels kept free on each side of the middle line, for the labels' white halo.
const HALO_ROOM = 3;

// NOTE: label widths are estimated at 0.6 em per character, a little above the average glyph
// width of common sans-serif fonts, because prerendering has no font metrics. A name of wide
// capitals can still run long, so the browser tests measure the drawn labels.
const CHARACTER_WIDTH = 0.6 * INSIDE_FONT_SIZE;

/** Breaks `text` into lines of at most `maxChars` characters at spaces. */
function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= maxChars) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Lines of a label: the name, on one or more lines, and whether the value takes its own. */
export interface LabelLines {
  name: string[];
  valueOnOwnLine: boolean;
}

/**
 * Splits a label into lines that fit in `room` pixels: "name value" on one line when it fits,
 * otherwise the name wrapped at spaces and the value on a line of its own.
 */
export function splitLabel(name: string, value: string, room: number): LabelLines {
  const maxChars = Math.max(1, Math.floor(room / CHARACTER_WIDTH));
  if (name.length + 1 + value.length <= maxChars) return { name: [name], valueOnOwnLine: false };
  return { name: wrapWords(name, maxChars), valueOnOwnLine: true };
}

/** A laid-out node, as d3-sankey returns it, with the text of its label. */
export interface LabelledNode {
  id: string;
  role: 'origin' | 'destination';
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  name: string;
  value: string;
}

/** Position and lines of an inside label. */
export interface InsideLabel extends LabelAnchor, LabelLines {
  /** Top and bottom of the label's block of lines. */
  top: number;
  bottom: number;
  /** Line from the node to its label, when the label had to move off the node. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

/**
 * Returns new tops for blocks sorted by their wanted top, so none overlaps the next. A first
 * pass pushes blocks down, a second pushes them back up from `height`, and no top goes
 * above 0. Blocks taller in total than `height` still overlap.
 */
function separate(blocks: { top: number; height: number }[], height: number): number[] {
  const tops = blocks.map((block) => block.top);
  for (let index = 0; index < blocks.length; index++) {
    const floor = index === 0 ? 0 : tops[index - 1] + blocks[index - 1].height + LABEL_SPACING;
    tops[index] = Math.max(tops[index], floor);
  }
  for (let index = blocks.length - 1; index >= 0; index--) {
    const ceiling = index === blocks.length - 1 ? height : tops[index + 1] - LABEL_SPACING;
    tops[index] = Math.max(0, Math.min(tops[index], ceiling - blocks[index].height));
  }
  return tops;
}

/**
 * Places the labels of all nodes inside the columns of a chart `width` × `height` pixels.
 * Each label gets the half of the space between the columns on its node's side, so labels
 * facing each other never meet. Labels of one column move apart where they would overlap.
 * A label moved off its node gets a leader line to it.
 */
export function placeInsideLabels(
  nodes: LabelledNode[],
  width: number,
  height: number,
): Map<string, InsideLabel> {
  const placed = new Map<string, InsideLabel>();
  for (const role of ['origin', 'destination'] as const) {
    const column = nodes
      .filter((node) => node.role === role)
      .sort((a, b) => a.y0 + a.y1 - (b.y0 + b.y1));
    const labels = column.map((node) => {
      const anchor = labelAnchor(node, 'inside');
      const lines = splitLabel(node.name, node.value, Math.abs(width / 2 - anchor.x) - HALO_ROOM);
      const lineCount = lines.name.length + (lines.valueOnOwnLine ? 1 : 0);
      const blockHeight = lineCount * INSIDE_LINE_HEIGHT;
      return {
        node,
        anchor,
        lines,
        top: (node.y0 + node.y1 - blockHeight) / 2,
        height: blockHeight,
      };
    });

    const tops = separate(labels, height);
    labels.forEach((label, index) => {
      const { node, anchor } = label;
      const top = tops[index];
      const middle = top + label.height / 2;
      const beside = middle >= node.y0 && middle <= node.y1;
      const edge = role === 'origin' ? node.x1 : node.x0;
      placed.set(node.id, {
        ...anchor,
        ...label.lines,
        top,
        bottom: top + label.height,
        leader: beside ? null : { x1: edge, y1: (node.y0 + node.y1) / 2, x2: anchor.x, y2: middle },
      });
    });
  }
  return placed;
}
