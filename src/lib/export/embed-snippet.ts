/**
 * The HTML a partner website pastes to embed a chart: an `<iframe>`, a small script that sets
 * the frame's height from the chart's height messages (see embed-protocol.ts), and links to a
 * static image of the chart and to the interactive view, for readers without frames or scripts.
 */
import { en } from '../i18n/messages/en';
import { EMBED_HEIGHT_MESSAGE } from './embed-protocol';
import { escapeXmlAttribute, escapeXmlText } from './xml';

export interface EmbedSnippetOptions {
  /** Absolute URL of the embed route with the view's state. */
  embedUrl: string;
  /** Absolute URL of the full view on the dashboard. */
  viewUrl: string;
  /** URL of the static PNG. A relative URL resolves against the host page. */
  imageUrl: string;
  title: string;
  /** Height before the first message arrives, in pixels. */
  initialHeight: number;
  /** Link texts in the page's language; English when absent. */
  labels?: {
    staticImage: (title: string) => string;
    interactiveView: string;
  };
}

/** Returns the embed code. Values are escaped for HTML attributes and text. */
export function embedSnippet(options: EmbedSnippetOptions): string {
  const title = escapeXmlAttribute(options.title);
  const labels = options.labels ?? en.exports.embedCode;
  // The listener accepts messages only from its own frame, found as the element before it.
  const script =
    '(function(){var f=document.currentScript.previousElementSibling;' +
    "window.addEventListener('message',function(e){var d=e.data;" +
    `if(e.source===f.contentWindow&&d&&d.type==='${EMBED_HEIGHT_MESSAGE}'` +
    "&&typeof d.height==='number'&&d.height>0){f.style.height=Math.ceil(d.height)+'px';}});})();";

  return [
    `<iframe src="${escapeXmlAttribute(options.embedUrl)}" title="${title}" ` +
      `style="width:100%;height:${Math.round(options.initialHeight)}px;border:0" loading="lazy"></iframe>`,
    `<script>${script}</script>`,
    `<p><a href="${escapeXmlAttribute(options.imageUrl)}">` +
      `${escapeXmlText(labels.staticImage(options.title))}</a>` +
      ` · <a href="${escapeXmlAttribute(options.viewUrl)}">` +
      `${escapeXmlText(labels.interactiveView)}</a></p>`,
  ].join('\n');
}
