/**
 * Serialises an SVG DOM tree to standalone XML. It walks the tree itself instead of calling
 * `XMLSerializer`, so it runs in unit tests without a DOM and controls exactly which
 * attributes leave the page: event handlers and focus order are dropped from the export.
 */
import { escapeXmlAttribute, escapeXmlText } from './xml';

export const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
const XLINK_NAMESPACE = 'http://www.w3.org/1999/xlink';

/** The part of the DOM `Node` interface the serialiser reads. */
export interface XmlNodeLike {
  nodeType: number;
  nodeName: string;
  localName?: string | null;
  nodeValue: string | null;
  attributes?: ArrayLike<{ name: string; value: string }> | null;
  childNodes: ArrayLike<XmlNodeLike>;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

function keepsAttribute(name: string): boolean {
  const lower = name.toLowerCase();
  return !lower.startsWith('on') && lower !== 'tabindex' && !lower.startsWith('xmlns');
}

function serializeNode(node: XmlNodeLike, isRoot: boolean, out: string[]): void {
  if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
    out.push(escapeXmlText(node.nodeValue ?? ''));
    return;
  }
  // Comments (Svelte leaves empty ones as anchors) and other node types are not exported.
  if (node.nodeType !== ELEMENT_NODE) return;

  const name = node.localName ?? node.nodeName;
  out.push(`<${name}`);

  const attributes = Array.from(node.attributes ?? []).filter((item) => keepsAttribute(item.name));
  if (isRoot) {
    out.push(` xmlns="${SVG_NAMESPACE}"`);
    if (attributes.some((item) => item.name.startsWith('xlink:'))) {
      out.push(` xmlns:xlink="${XLINK_NAMESPACE}"`);
    }
  }
  for (const attribute of attributes) {
    out.push(` ${attribute.name}="${escapeXmlAttribute(attribute.value)}"`);
  }

  const children = Array.from(node.childNodes);
  if (children.length === 0) {
    out.push('/>');
    return;
  }
  out.push('>');
  for (const child of children) serializeNode(child, false, out);
  out.push(`</${name}>`);
}

/** Serialises `root` and its descendants. The root element gets the SVG namespace. */
export function serializeSvg(root: XmlNodeLike): string {
  const out: string[] = [];
  serializeNode(root, true, out);
  return out.join('');
}
