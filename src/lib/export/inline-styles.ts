/**
 * Copies the computed presentation styles of a rendered SVG into `style` attributes of a
 * clone, so the export looks the same without the page's style sheets. Runs in the browser.
 */

// Properties that change how SVG shapes and text are painted. Layout properties of the HTML
// page (position, width) are left out because they mean nothing inside a standalone SVG.
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

const NOT_INHERITED: Record<string, string> = { opacity: '1', display: 'inline' };

function styleText(element: Element, parent: CSSStyleDeclaration | null): string {
  const computed = getComputedStyle(element);
  const parts: string[] = [];
  for (const property of INHERITED) {
    const value = computed.getPropertyValue(property);
    if (value && (!parent || parent.getPropertyValue(property) !== value)) {
      parts.push(`${property}: ${value}`);
    }
  }
  for (const [property, initial] of Object.entries(NOT_INHERITED)) {
    const value = computed.getPropertyValue(property);
    if (value && value !== initial) parts.push(`${property}: ${value}`);
  }
  return parts.join('; ');
}

function copyStyles(source: Element, target: Element, parent: CSSStyleDeclaration | null): void {
  const text = styleText(source, parent);
  if (text) target.setAttribute('style', text);
  else target.removeAttribute('style');

  const computed = getComputedStyle(source);
  const sourceChildren = source.children;
  const targetChildren = target.children;
  for (let index = 0; index < sourceChildren.length; index++) {
    copyStyles(sourceChildren[index], targetChildren[index], computed);
  }
}

/**
 * Returns a deep clone of `svg` with inline styles and explicit `width`, `height` and
 * `viewBox`. LayerCake draws axis and node labels outside the SVG's box (its padding, shown
 * through `overflow: visible`), so the view box grows to the drawn content's bounding box.
 */
export function cloneWithInlineStyles(svg: SVGSVGElement): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  copyStyles(svg, clone, null);

  const box = svg.getBoundingClientRect();
  const content = svg.getBBox();
  const left = Math.floor(Math.min(0, content.x)) - 2;
  const top = Math.floor(Math.min(0, content.y)) - 2;
  const right = Math.ceil(Math.max(box.width, content.x + content.width)) + 2;
  const bottom = Math.ceil(Math.max(box.height, content.y + content.height)) + 2;

  clone.setAttribute('width', String(right - left));
  clone.setAttribute('height', String(bottom - top));
  clone.setAttribute('viewBox', `${left} ${top} ${right - left} ${bottom - top}`);
  return clone;
}
