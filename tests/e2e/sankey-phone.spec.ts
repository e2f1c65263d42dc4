import { expect, test } from './support/test';

// A phone in portrait, the narrowest screen the site is laid out for.
test.use({ viewport: { width: 375, height: 800 } });

/** Overview views whose node labels differ in length: languages, groupings, directions. */
const VIEWS = [
  '/?year=2019',
  '/?year=2019&lang=fr',
  '/?year=2019&direction=europe-to-asia&lang=nl',
  '/?year=2019&grouping=asean',
  '/?year=2019&grouping=membership-year',
];

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface DrawnLabel {
  /** The label as drawn, whitespace removed. */
  text: string;
  /** Name and count of the node as its tooltip gives them, whitespace removed. */
  expected: string;
  box: Box;
}

const overlaps = (a: Box, b: Box) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

for (const url of VIEWS) {
  test(`sankey labels fit at 375 px: ${url}`, async ({ page }) => {
    await page.goto(url);
    await expect(page.getByTestId('sankey-link').first()).toBeAttached();

    const chart = page.locator('.sankey svg');
    const drawn = await chart.evaluate((svg) => {
      const box = (element: Element) => {
        const rect = element.getBoundingClientRect();
        return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
      };
      const squash = (text: string) => text.replace(/\s/g, '');
      const nodes = [...svg.querySelectorAll('[data-testid="sankey-node"]')];
      const labels = [...svg.querySelectorAll('text.label')];

      // The tooltip reads "name: count students" ("name : count étudiants" in French).
      const expected = nodes.map((node) => {
        const title = node.querySelector('title')?.textContent?.trim() ?? '';
        const match = /^(.*?)\s?:\s(.+)\s\S+$/.exec(title);
        return match ? squash(match[1] + match[2]) : `unreadable tooltip: ${title}`;
      });
      return {
        chart: box(svg),
        screen: { left: 0, top: 0, right: window.innerWidth, bottom: Infinity },
        nodeCount: nodes.length,
        labels: labels.map((label, index) => ({
          text: squash(label.textContent ?? ''),
          expected: expected[index],
          box: box(label),
        })),
      };
    });

    expect(drawn.labels.length).toBe(drawn.nodeCount);
    expect(drawn.nodeCount).toBeGreaterThan(2);

    const labels: DrawnLabel[] = drawn.labels;
    for (const label of labels) {
      // The whole name and count are drawn, not cut short.
      expect(label.text).toBe(label.expected);

      const visible = {
        left: Math.max(drawn.chart.left, drawn.screen.left),
        right: Math.min(drawn.chart.right, drawn.screen.right),
      };
      expect(label.box.left, `${label.text} left`).toBeGreaterThanOrEqual(visible.left);
      expect(label.box.right, `${label.text} right`).toBeLessThanOrEqual(visible.right);
      expect(label.box.top, `${label.text} top`).toBeGreaterThanOrEqual(drawn.chart.top);
      expect(label.box.bottom, `${label.text} bottom`).toBeLessThanOrEqual(drawn.chart.bottom);
    }

    for (const [index, label] of labels.entries()) {
      for (const other of labels.slice(index + 1)) {
        expect(overlaps(label.box, other.box), `${label.text} overlaps ${other.text}`).toBe(false);
      }
    }
  });
}

test('sankey labels stay outside when wide', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/?year=2019');
  await expect(page.getByTestId('sankey-link').first()).toBeAttached();

  // On a wide screen origin labels end left of their node and destination labels start right.
  const sides = await page.locator('.sankey svg').evaluate((svg) => {
    const nodes = [...svg.querySelectorAll('[data-testid="sankey-node"]')];
    const labels = [...svg.querySelectorAll('text.label')];
    return nodes.map((node, index) => {
      const nodeBox = node.getBoundingClientRect();
      const labelBox = labels[index].getBoundingClientRect();
      return {
        id: node.getAttribute('data-node-id') ?? '',
        leftOfNode: labelBox.right <= nodeBox.left,
        rightOfNode: labelBox.left >= nodeBox.right,
      };
    });
  });
  for (const side of sides) {
    const isOrigin = side.id.startsWith('origin:');
    expect(side.leftOfNode, side.id).toBe(isOrigin);
    expect(side.rightOfNode, side.id).toBe(!isOrigin);
  }
});
