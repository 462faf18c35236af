import type { ReactNode } from "react";
import { Link, useLocation } from "react-router";
import { signInHref } from "./next.ts";

interface SignInLinksProps {
  signInLabel: ReactNode;
  signUpLabel: ReactNode;
  /** Where to come back to afterwards; this page when not given. */
  here?: string;
  signInClassName?: string;
  signUpClassName?: string;
}

/** "Sign in" and "Sign up" links, each bringing the visitor back to `here` afterwards. */
export function SignInLinks({
  signInLabel,
  signUpLabel,
  here,
  signInClassName = "button button--primary",
  signUpClassName = "button button--secondary",
}: SignInLinksProps) {
  const location = useLocation();
  const back = here ?? `${location.pathname}${location.search}`;
  return (
    <>
      <Link className={signInClassName} to={signInHref(back)}>
        {signInLabel}
      </Link>
      <Link className={signUpClassName} to={signInHref(back, "/sign-up")}>
        {signUpLabel}
      </Link>
    </>
  );
}
