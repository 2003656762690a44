/** The portal's public sections, in navigation order (labels: messages nav.<key>). */
export const SECTIONS = [
  { href: "/explorer", key: "explorer" },
  { href: "/regulations", key: "regulations" },
  { href: "/policies", key: "policies" },
  { href: "/downloads", key: "downloads" },
] as const;
