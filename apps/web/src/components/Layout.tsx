import { Suspense, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Outlet, ScrollRestoration, useLocation } from "react-router";
import { useLocaleSync, useSession } from "../auth/session.ts";
import { SiteFooter } from "./SiteFooter.tsx";
import { SiteHeader } from "./SiteHeader.tsx";
import { PageLoading } from "./states.tsx";

/** Every page: skip link, header, the page in <main>, footer. */
export function Layout() {
  const { t } = useTranslation();
  const { data: user } = useSession();
  useLocaleSync(user);
  const main = useRef<HTMLElement>(null);
  const { pathname, hash } = useLocation();
  const firstPath = useRef(pathname);

  // After a client-side navigation, start screen readers and keyboards at the new page,
  // as a full page load would; a #fragment is left to the page that owns it.
  useEffect(() => {
    if (pathname === firstPath.current) return;
    firstPath.current = "";
    if (!hash) main.current?.focus({ preventScroll: true });
  }, [pathname, hash]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t("layout.skipToContent")}
      </a>
      <SiteHeader />
      <main id="main" className="site-main" ref={main} tabIndex={-1}>
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </main>
      <SiteFooter />
      <ScrollRestoration />
    </>
  );
}
