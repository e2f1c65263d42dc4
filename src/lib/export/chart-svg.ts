/** Turns a chart drawn on the page into markup for `composeSvgDocument`. */
import { cloneWithInlineStyles } from './inline-styles';
import type { ChartMarkup } from './svg-document';
import { serializeSvg } from './svg-serialize';

export function chartMarkupOf(svg: SVGSVGElement): ChartMarkup {
  const clone = cloneWithInlineStyles(svg);
  return {
    markup: serializeSvg(clone),
    width: Number(clone.getAttribute('width')),
    height: Number(clone.getAttribute('height')),
  };
}
