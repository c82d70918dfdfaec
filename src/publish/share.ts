/**
 * Share links for a page: plain addresses of each service's own share page, built at build time
 * from the page's canonical URL. No script, no icon or request to another host: the reader's click
 * is the only thing that leaves the site.
 */

export interface ShareLink {
  /** The service, as readers know it. */
  name: string;
  /** What the link does, for its accessible name ("Chia sẻ qua Zalo"). */
  label: string;
  href: string;
}

/** Returns the share links of a page at `url` titled `title`: Zalo, Facebook, X and e-mail. */
export function shareLinks(url: string, title: string): ShareLink[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { name: "Zalo", label: "Chia sẻ qua Zalo", href: `https://sp.zalo.me/share_inline?url=${u}` },
    { name: "Facebook", label: "Chia sẻ lên Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: "X", label: "Chia sẻ lên X", href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { name: "Email", label: "Gửi qua email", href: `mailto:?subject=${t}&body=${encodeURIComponent(`${title}\n${url}`)}` },
  ];
}
