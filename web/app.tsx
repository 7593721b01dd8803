/** The shell: skip link, header with navigation and language switch, the current page, the footer. */
import { Suspense, useEffect, useState } from "react";
import { Link } from "./components/link.js";
import { useLang } from "./i18n/lang.js";
import { LANGS } from "./i18n/locale.js";
import { findRoute, ROUTES, type PageRoute } from "./pages/routes.js";
import { useLocation } from "./state/location.js";
import { ReferenceProvider, useReference } from "./state/reference.js";

function LanguageSwitch() {
  const { lang, setLang, t } = useLang();
  return (
    <div className="lang-switch" role="group" aria-label={t("app.language")}>
      {LANGS.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={lang === code}
          onClick={() => setLang(code)}
          data-lang={code}
        >
          {code === "en" ? "English" : "Nederlands"}
        </button>
      ))}
    </div>
  );
}

/** Site-wide: without Epoch AI's data, empty charts must not read as facts ("none", "ranks first"). */
function EpochDataBanner() {
  const { t } = useLang();
  const { version } = useReference();
  const epoch = version.epoch_data;
  if (epoch.status === "loaded") return null;
  return (
    <p className="data-banner" role="alert" data-epoch-data={epoch.status}>
      {epoch.status === "missing"
        ? t("app.epochMissing")
        : t("app.epochPartial", { datasets: epoch.empty_datasets.join(", ") })}
    </p>
  );
}

function Footer() {
  const { t } = useLang();
  const { version } = useReference();
  return (
    <footer>
      <p>{t("sources.epoch", { snapshot: version.snapshot_id, built: (version.built_at ?? "").slice(0, 10) })}</p>
      <p>
        <a href="/api/docs">API</a> · <a href="/openapi.json">OpenAPI</a> ·{" "}
        <Link to="/sources">{t("nav.sources")}</Link>
      </p>
    </footer>
  );
}

/** The page's own <title> and description, in the chosen language. */
function useDocumentMeta(route: PageRoute | undefined) {
  const { t } = useLang();
  const title = route ? t("meta.title", { page: t(route.label) }) : t("app.name");
  const description = t(route?.description ?? "app.tagline");
  useEffect(() => {
    document.title = title;
    document.querySelector('meta[name="description"]')?.setAttribute("content", description);
  }, [title, description]);
}

/** The page links; on a phone folded behind a menu button so the content comes first. */
function Navigation({ current }: { current: PageRoute | undefined }) {
  const { t } = useLang();
  const [open, setOpen] = useState(false);
  return (
    <nav aria-label={t("nav.label")} className={open ? "open" : undefined}>
      <button
        type="button"
        className="nav-toggle"
        aria-expanded={open}
        aria-controls="nav-pages"
        onClick={() => setOpen(!open)}
      >
        {t("nav.menu")}
        <span className="visually-hidden"> {t(open ? "nav.close" : "nav.open")}</span>
      </button>
      <ul id="nav-pages">
        {ROUTES.map((candidate) => (
          <li key={candidate.path}>
            <Link
              to={candidate.path}
              aria-current={candidate === current ? "page" : undefined}
              onClick={() => setOpen(false)}
            >
              {t(candidate.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function App() {
  const { t } = useLang();
  const { path } = useLocation();
  const route = findRoute(path);
  const Page = route?.component;
  useDocumentMeta(route);
  return (
    <>
      <a className="skip" href="#content">
        {t("app.skip")}
      </a>
      <header className="site">
        <div className="brand">
          <Link to="/" className="name">
            {t("app.name")}
          </Link>
          <span className="tagline">{t("app.tagline")}</span>
        </div>
        <LanguageSwitch />
        <Navigation current={route} />
      </header>
      <ReferenceProvider
        fallback={(state) => (
          <main id="content" tabIndex={-1}>
            <p role={state === "loading" ? undefined : "alert"}>
              {state === "loading" ? t("app.loading") : t("app.error", { message: state.message })}
            </p>
          </main>
        )}
      >
        <EpochDataBanner />
        <main id="content" tabIndex={-1}>
          <Suspense fallback={<p className="loading">{t("app.loading")}</p>}>
            {Page ? <Page /> : <p>{t("app.notFound")}</p>}
          </Suspense>
        </main>
        <Footer />
      </ReferenceProvider>
    </>
  );
}
