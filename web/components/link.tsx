/** An ordinary link that navigates inside the dashboard without reloading (modified clicks still open tabs). */
import type { AnchorHTMLAttributes, MouseEvent } from "react";
import { navigate } from "../state/location.js";

export function Link({ to, ...rest }: { to: string } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href">) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
    window.scrollTo(0, 0);
    document.getElementById("content")?.focus({ preventScroll: true });
  };
  return <a href={to} onClick={onClick} {...rest} />;
}
