/** One line naming the metric a figure uses and why another page answers a similar question differently. */
import { Link } from "../components/link.js";

export function MetricNote({ text, link, to = "/simulator" }: { text: string; link: string; to?: string }) {
  return (
    <p className="caveat metric-note">
      {text} <Link to={to}>{link}</Link>
    </p>
  );
}
