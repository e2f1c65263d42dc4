/**
 * A small well-formedness check for the XML the exports write: balanced tags, quoted
 * attributes, and only the predefined or numeric entities. It is no full XML parser, but it
 * catches the mistakes an escaping bug makes. Browser tests parse the real files with DOMParser.
 */
const NAME = '[A-Za-z_][\\w.:-]*';
const ATTRIBUTE = `\\s+${NAME}="[^"<]*"`;
const TAG = new RegExp(`^<(/?)(${NAME})((?:${ATTRIBUTE})*)\\s*(/?)>`);
const ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);)/;

/** Returns null when `xml` is well formed, else what is wrong and where. */
export function findXmlProblem(xml: string): string | null {
  let rest = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const open: string[] = [];
  while (rest.length > 0) {
    const next = rest.indexOf('<');
    const textPart = next === -1 ? rest : rest.slice(0, next);
    if (ENTITY.test(textPart)) return `bare & in text: ${textPart.slice(0, 60)}`;
    if (textPart.includes('>') && open.length === 0) return 'text outside the root element';
    if (next === -1) break;
    rest = rest.slice(next);

    const tag = TAG.exec(rest);
    if (!tag) return `malformed tag: ${rest.slice(0, 60)}`;
    const [whole, closing, name, attributes, selfClosing] = tag;
    if (ENTITY.test(attributes)) return `bare & in attribute of <${name}>`;
    if (closing) {
      const expected = open.pop();
      if (expected !== name) return `</${name}> closes <${expected}>`;
    } else if (!selfClosing) open.push(name);
    rest = rest.slice(whole.length);
  }
  return open.length === 0 ? null : `unclosed <${open.join('>, <')}>`;
}

/** Returns the text inside each `<text>` element, entities decoded. */
export function readTextContents(xml: string): string[] {
  return [...xml.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((match) =>
    match[1]
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
  );
}
