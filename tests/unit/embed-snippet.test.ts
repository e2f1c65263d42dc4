import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHT_MESSAGE, isEmbedHeightMessage } from '../../src/lib/export/embed-protocol';
import { embedSnippet } from '../../src/lib/export/embed-snippet';

const OPTIONS = {
  embedUrl: 'https://example.org/embed/sankey?year=2019&level=ISCED11_5T8&direction=asia-to-europe',
  viewUrl: 'https://example.org/?year=2019&level=ISCED11_5T8&direction=asia-to-europe',
  imageUrl: 'flows-2019.png',
  title: `Flows "from" <Asia> & back`,
  initialHeight: 620,
};

describe('embedSnippet', () => {
  const snippet = embedSnippet(OPTIONS);

  it('escapes the URL and title', () => {
    expect(snippet).toContain(
      '<iframe src="https://example.org/embed/sankey?year=2019&amp;level=ISCED11_5T8&amp;' +
        'direction=asia-to-europe" title="Flows &quot;from&quot; &lt;Asia&gt; &amp; back"',
    );
    expect(snippet).toContain('>Static image: Flows "from" &lt;Asia&gt; &amp; back</a>');
  });

  it('sets a starting height', () => {
    expect(snippet).toContain('style="width:100%;height:620px;border:0"');
  });

  it('listens only to its own frame', () => {
    expect(snippet).toContain('e.source===f.contentWindow');
    expect(snippet).toContain(`d.type==='${EMBED_HEIGHT_MESSAGE}'`);
  });

  it('links the fallback image and the view', () => {
    expect(snippet).toContain('<a href="flows-2019.png">');
    expect(snippet).toContain(
      '<a href="https://example.org/?year=2019&amp;level=ISCED11_5T8&amp;direction=asia-to-europe">',
    );
  });
});

describe('isEmbedHeightMessage', () => {
  it('accepts a height message', () => {
    expect(isEmbedHeightMessage({ type: EMBED_HEIGHT_MESSAGE, chart: 'series', height: 400 })).toBe(
      true,
    );
  });

  it('rejects other messages', () => {
    expect(isEmbedHeightMessage(null)).toBe(false);
    expect(isEmbedHeightMessage('height')).toBe(false);
    expect(isEmbedHeightMessage({ type: 'other', chart: 'series', height: 400 })).toBe(false);
    expect(
      isEmbedHeightMessage({ type: EMBED_HEIGHT_MESSAGE, chart: 'series', height: Number.NaN }),
    ).toBe(false);
    expect(isEmbedHeightMessage({ type: EMBED_HEIGHT_MESSAGE, height: 400 })).toBe(false);
  });
});
