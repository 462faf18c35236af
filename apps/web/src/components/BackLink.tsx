import { Link } from "react-router";
import { Icon } from "./Icon.tsx";

/** "← Back to …" above a page's header: a link to the page this one belongs under. */
export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <p className="cabinet__back">
      <Link to={to}>
        <Icon name="arrowRight" size={16} className="icon--flip" />
        <span>{label}</span>
      </Link>
    </p>
  );
}
