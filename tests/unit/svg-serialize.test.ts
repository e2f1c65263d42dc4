import { describe, expect, it } from 'vitest';
import { serializeSvg, type XmlNodeLike } from '../../src/lib/export/svg-serialize';
import { escapeXmlAttribute, escapeXmlText } from '../../src/lib/export/xml';

const HOSTILE = `R&D <Ünïversité> "quoted" 'single' — Côte d'Ivoire & São Tomé`;

function element(
  name: string,
  attributes: Record<string, string>,
  children: XmlNodeLike[] = [],
): XmlNodeLike {
  return {
    nodeType: 1,
    nodeName: name.toUpperCase(),
    localName: name,
    nodeValue: null,
    attributes: Object.entries(attributes).map(([key, value]) => ({ name: key, value })),
    childNodes: children,
  };
}

function text(value: string): XmlNodeLike {
  return { nodeType: 3, nodeName: '#text', nodeValue: value, childNodes: [] };
}

function comment(value: string): XmlNodeLike {
  return { nodeType: 8, nodeName: '#comment', nodeValue: value, childNodes: [] };
}

/** Undoes the five predefined entities and numeric references, as an XML parser would. */
function unescape(value: string): string {
  return value
    .replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

describe('escapeXmlText', () => {
  it('escapes markup characters', () => {
    expect(escapeXmlText('a & b < c > d')).toBe('a &amp; b &lt; c &gt; d');
  });

  it('keeps quotes and accents', () => {
    expect(escapeXmlText(`"x" 'y' é ü → 中文`)).toBe(`"x" 'y' é ü → 中文`);
  });

  it('drops characters XML 1.0 forbids', () => {
    expect(escapeXmlText('a\u0000b\u0008c\u001Fd\tok\n')).toBe('abcd\tok\n');
  });

  it('round-trips hostile labels', () => {
    expect(unescape(escapeXmlText(HOSTILE))).toBe(HOSTILE);
  });
});

describe('escapeXmlAttribute', () => {
  it('escapes quotes and whitespace', () => {
    expect(escapeXmlAttribute('say "hi"\tnow\n')).toBe('say &quot;hi&quot;&#9;now&#10;');
  });

  it('round-trips hostile labels', () => {
    expect(unescape(escapeXmlAttribute(HOSTILE))).toBe(HOSTILE);
  });
});

describe('serializeSvg', () => {
  it('adds the SVG namespace to the root only', () => {
    const tree = element('svg', { width: '10' }, [element('g', {})]);
    expect(serializeSvg(tree)).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10"><g/></svg>',
    );
  });

  it('escapes hostile label text and attributes', () => {
    const tree = element('svg', {}, [element('text', { 'aria-label': HOSTILE }, [text(HOSTILE)])]);
    const output = serializeSvg(tree);
    expect(output).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg">' +
        `<text aria-label="${escapeXmlAttribute(HOSTILE)}">${escapeXmlText(HOSTILE)}</text></svg>`,
    );

    const content = /<text[^>]*>(.*)<\/text>/.exec(output)![1];
    expect(unescape(content)).toBe(HOSTILE);
    const attribute = /aria-label="([^"]*)"/.exec(output)![1];
    expect(unescape(attribute)).toBe(HOSTILE);
  });

  it('keeps only markup that starts real tags', () => {
    const tree = element('svg', {}, [element('text', {}, [text('<script>alert(1)</script>')])]);
    const output = serializeSvg(tree);
    expect(output).not.toContain('<script');
    expect(output).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('drops comments, handlers and tab order', () => {
    const tree = element('svg', { onclick: 'steal()', tabindex: '0', role: 'img' }, [
      comment('svelte anchor'),
      element('path', { d: 'M0,0L1,1', onmouseover: 'x()' }),
    ]);
    expect(serializeSvg(tree)).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" role="img"><path d="M0,0L1,1"/></svg>',
    );
  });

  it('replaces a copied xmlns with its own', () => {
    const tree = element('svg', { xmlns: 'http://www.w3.org/2000/svg', 'xlink:href': '#a' });
    expect(serializeSvg(tree)).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ' +
        'xlink:href="#a"/>',
    );
  });

  it('keeps the case of SVG element names', () => {
    const tree = element('svg', {}, [element('linearGradient', { id: 'g' })]);
    expect(serializeSvg(tree)).toContain('<linearGradient id="g"/>');
  });
});
