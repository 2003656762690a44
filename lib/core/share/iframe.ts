/** The height the embed code gives the frame: a chart, its finding, its source and the link back. */
export const FRAME_HEIGHT = 640;
/** The width an oEmbed answer proposes when the consumer sets no maximum. */
export const FRAME_WIDTH = 760;

function attribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The <iframe> that shows a view's chart-only embed route on another site ("Embed" dialog, oEmbed answer). */
export function iframeSnippet(src: string, title: string, width: number | "100%" = "100%", height = FRAME_HEIGHT): string {
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="${width}" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}
