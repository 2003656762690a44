/**
 * The part of the message catalogue that a page's client components read:
 * only those namespaces go to the browser (each page would otherwise embed
 * the whole catalogue, ~67 kB). A path is a namespace or a dotted key inside
 * one ("admin.fieldErrors").
 */
type Tree = { [key: string]: string | Tree };

/** What the shell's client components (language switcher, error page) read on every page. */
export const SHELL_NAMESPACES = ["shell", "errors"] as const;

export function pickMessages(messages: Tree, paths: readonly string[]): Tree {
  const picked: Tree = {};
  for (const path of paths) {
    const keys = path.split(".");
    let source: string | Tree | undefined = messages;
    for (const key of keys) source = typeof source === "object" ? source[key] : undefined;
    if (source === undefined) throw new Error(`No messages at ${path}`);
    let target = picked;
    for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Tree;
    target[keys.at(-1)!] = source;
  }
  return picked;
}
