/**
 * An ordinary link that navigates inside the dashboard without reloading (modified clicks still open tabs),
 * and keeps the language of the URL (?lang=nl) so a reader stays in the language they chose.
 */
import type { AnchorHTMLAttributes, MouseEvent } from "react";
import { LANG_PARAM } from "../i18n/lang.js";
import { navigate, useLocation } from "../state/location.js";

export function withLang(to: string, lang: string | null): string {
  if (lang === null) return to;
  const url = new URL(to, "http://wedloop.invalid");
  if (url.searchParams.has(LANG_PARAM)) return to;
  url.searchParams.set(LANG_PARAM, lang);
  return `${url.pathname}${url.search}${url.hash}`;
}

export function Link({
  to,
  onClick: alsoOnClick,
  ...rest
}: { to: string } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href">) {
  const href = withLang(to, useLocation().query.get(LANG_PARAM));
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    alsoOnClick?.(event);
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
    window.scrollTo(0, 0);
    document.getElementById("content")?.focus({ preventScroll: true });
  };
  return <a href={href} onClick={onClick} {...rest} />;
}
