import { expect, test, type Page } from './support/test';
import { referenceSideFlows } from '../support/country-reference';
import { hasSource } from '../support/oecd-reference';
import { downloadFrom } from './support/downloads';
import { formatCount } from './support/page-checks';
import { provenance } from './support/provenance';

test.skip(!hasSource, 'the raw OECD file is needed to compute reference figures');

// 170 mm, one A4 text column, at 300 dpi.
const PRINT_WIDTH = Math.ceil((170 / 25.4) * 300);

interface ExportedMap {
  error: string | null;
  title: string;
  texts: string[];
  /** Width, height and view box of the map's own `<svg>` inside the file. */
  map: { width: number; height: number; viewBox: string };
  /** Bounding box of all land and of all flow lines, in the map's coordinates. */
  land: { x: number; y: number; width: number; height: number };
  flows: { x: number; y: number; width: number; height: number };
  /** Centre of the first line sample of the legend, in the file's pixels. */
  sample: { x: number; y: number };
  /** Width and height of the whole file. */
  size: { width: number; height: number };
}

/** Parses the exported SVG and measures it by drawing it into the page. */
async function readExport(page: Page, text: string): Promise<ExportedMap> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const error = doc.querySelector('parsererror')?.textContent ?? null;
    const root = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
    const host = document.createElement('div');
    host.style.cssText = 'position: absolute; left: 0; top: 0';
    host.append(root);
    document.body.append(host);

    const map = root.querySelector<SVGSVGElement>('[data-testid="flow-map"]')!;
    const box = (selector: string) => {
      const { x, y, width, height } = map.querySelector<SVGGElement>(selector)!.getBBox();
      return { x, y, width, height };
    };
    const rootBox = root.getBoundingClientRect();
    const sampleBox = root.querySelector('.map-legend > line')!.getBoundingClientRect();
    const result = {
      error,
      title: doc.querySelector('svg > title')?.textContent ?? '',
      texts: [...doc.querySelectorAll('text')].map((node) => node.textContent ?? ''),
      map: {
        width: Number(map.getAttribute('width')),
        height: Number(map.getAttribute('height')),
        viewBox: map.getAttribute('viewBox') ?? '',
      },
      land: box('.land'),
      flows: box('.flows'),
      sample: {
        x: sampleBox.x + sampleBox.width / 2 - rootBox.x,
        y: sampleBox.y + sampleBox.height / 2 - rootBox.y,
      },
      size: {
        width: Number(root.getAttribute('width')),
        height: Number(root.getAttribute('height')),
      },
    };
    host.remove();
    return result;
  }, text);
}

async function openMap(page: Page) {
  await page.goto('/map?year=2019&direction=asia-to-europe');
  await expect(page.getByTestId('map-view')).toHaveAttribute('data-year', '2019');
  await expect(page.locator('[data-testid="flow-map"] [data-flow]')).toHaveCount(30);
}

test('map SVG shows the page extent', async ({ page }) => {
  await openMap(page);
  const onPage = await page.getByTestId('flow-map').evaluate((svg) => ({
    width: Number(svg.getAttribute('width')),
    height: Number(svg.getAttribute('height')),
  }));

  const file = await downloadFrom(page, page.getByTestId('map-export-svg'));
  expect(file.name).toBe('asem-asia-asem-europe-2019-all-tertiary-isced-5-8.svg');
  const exported = await readExport(page, file.bytes.toString('utf8'));
  expect(exported.error).toBeNull();

  // The export keeps the page's box, with the two-pixel margin every export has.
  expect(exported.map.viewBox).toBe(`-2 -2 ${onPage.width + 4} ${onPage.height + 4}`);
  expect(exported.map.width).toBe(onPage.width + 4);
  expect(exported.map.height).toBe(onPage.height + 4);

  // No land or flow reaches outside that box, so the file shows no more than the page.
  for (const [name, box] of Object.entries({ land: exported.land, flows: exported.flows })) {
    expect(box.x, `${name} left`).toBeGreaterThanOrEqual(-0.5);
    expect(box.y, `${name} top`).toBeGreaterThanOrEqual(-0.5);
    expect(box.x + box.width, `${name} right`).toBeLessThanOrEqual(onPage.width + 0.5);
    expect(box.y + box.height, `${name} bottom`).toBeLessThanOrEqual(onPage.height + 0.5);
  }
});

test('map SVG has caption, source and legend', async ({ page }) => {
  await openMap(page);
  const file = await downloadFrom(page, page.getByTestId('map-export-svg'));
  const exported = await readExport(page, file.bytes.toString('utf8'));

  const flows = referenceSideFlows(2019, 'ISCED11_5T8', 'asia');
  const sizes = [...flows.values()].sort((a, b) => b - a);
  const total = sizes.reduce((sum, students) => sum + students, 0);
  const drawnTotal = sizes.slice(0, 30).reduce((sum, students) => sum + students, 0);

  expect(exported.title).toBe('ASEM Asia → ASEM Europe, 2019 · All tertiary (ISCED 5–8)');
  const all = exported.texts.join('\n');
  expect(all).toContain(`with ${formatCount(drawnTotal)} of the`);
  expect(all).toContain(`${formatCount(total)} students counted in this direction.`);
  expect(all).toContain(`Source: ${provenance.attribution}.`);
  expect(all).toContain('Data year: 2019.');
  expect(all).toContain(`Dataset version: ${provenance.version}.`);

  expect(exported.texts).toContain('Legend');
  expect(exported.texts).toContain(`${formatCount(sizes[0])} students`);
  expect(exported.texts).toContain(`${formatCount(sizes[29])} students`);
  expect(exported.texts).toContain('ASEM Asia partner');
  expect(exported.texts).toContain('ASEM Europe partner');
  expect(all).toContain('Not an ASEM partner (not counted)');
  expect(all).toContain('Line width: students from an ASEM Asia partner enrolled in an');
});

test('map PNG includes the legend', async ({ page }) => {
  await openMap(page);
  const svgFile = await downloadFrom(page, page.getByTestId('map-export-svg'));
  const exported = await readExport(page, svgFile.bytes.toString('utf8'));
  const pngFile = await downloadFrom(page, page.getByTestId('map-export-png'));
  expect(pngFile.name).toBe('asem-asia-asem-europe-2019-all-tertiary-isced-5-8.png');

  const png = pngFile.bytes;
  const scale = PRINT_WIDTH / exported.size.width;
  expect(png.readUInt32BE(16)).toBe(PRINT_WIDTH);
  expect(png.readUInt32BE(20)).toBe(Math.round(exported.size.height * scale));

  // The middle of the largest line sample is drawn in the blue of ASEM Asia, not left white.
  const pixel = await page.evaluate(
    async ({ base64, x, y }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      return [...context.getImageData(Math.round(x), Math.round(y), 1, 1).data];
    },
    {
      base64: png.toString('base64'),
      x: exported.sample.x * scale,
      y: exported.sample.y * scale,
    },
  );
  const [red, green, blue] = pixel;
  expect(blue, 'blue channel').toBeGreaterThan(150);
  expect(red, 'red channel').toBeLessThan(150);
  expect(blue - red, 'blue over red').toBeGreaterThan(60);
  expect(green, 'green channel').toBeLessThan(blue);
});
