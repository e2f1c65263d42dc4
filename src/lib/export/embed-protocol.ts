/**
 * The message an embedded chart sends to the page around its `<iframe>`, so the page can size
 * the frame to the content:
 *
 *   window.parent.postMessage({ type: 'asem-mobility:embed-height', chart, height }, '*')
 *
 * `chart` is the chart's name (`series`, `sankey`, `balance`) and `height` the document's
 * height in CSS pixels. It is sent once the chart is drawn and again whenever the height
 * changes. The target origin is `*` because the host page is unknown and the height is not
 * private. The host page must check that `event.source` is its own frame.
 */
export const EMBED_HEIGHT_MESSAGE = 'asem-mobility:embed-height';

export interface EmbedHeightMessage {
  type: typeof EMBED_HEIGHT_MESSAGE;
  chart: string;
  height: number;
}

export function isEmbedHeightMessage(value: unknown): value is EmbedHeightMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Partial<EmbedHeightMessage>;
  return (
    message.type === EMBED_HEIGHT_MESSAGE &&
    typeof message.chart === 'string' &&
    typeof message.height === 'number' &&
    Number.isFinite(message.height)
  );
}

/**
 * Posts the document height to the parent window whenever it changes. Returns a function that
 * stops watching. Does nothing when the page is not inside a frame.
 */
export function postHeightChanges(chart: string, root: HTMLElement): () => void {
  if (window.parent === window) return () => {};

  let last = -1;
  const post = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: EmbedHeightMessage = { type: EMBED_HEIGHT_MESSAGE, chart, height };
    window.parent.postMessage(message, '*');
  };

  const observer = new ResizeObserver(post);
  observer.observe(root);
  post();
  return () => observer.disconnect();
}
