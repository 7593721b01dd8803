/**
 * The chosen language as React context. The URL carries it (?lang=nl, so a Dutch link opens in Dutch),
 * then localStorage, then the browser; it is written to <html lang>, and t() fills messages through the
 * one message helper (placeholders, plurals, numbers per language).
 */
import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from "react";
import { updateQuery, useLocation } from "../state/location.js";
import { isLang, type Lang } from "./locale.js";
import { defineCatalogue, type Catalogue, type Translator } from "./message-format.js";
import { en, type MessageKey } from "./messages-en.js";
import { nl } from "./messages-nl.js";

export const CATALOGUE = defineCatalogue<MessageKey>(en, nl);
const STORAGE_KEY = "wedloop.lang";
export const LANG_PARAM = "lang";

export type Translate = Translator<MessageKey>;

export function translate(lang: Lang): Translate {
  return CATALOGUE.translate(lang);
}

interface LangContextValue {
  readonly lang: Lang;
  readonly setLang: (lang: Lang) => void;
  readonly t: Translate;
}

const LangContext = createContext<LangContextValue | null>(null);

function remembered(): Lang {
  const stored = window.localStorage.getItem(STORAGE_KEY);
  if (isLang(stored)) return stored;
  return navigator.language.toLowerCase().startsWith("nl") ? "nl" : "en";
}

export function LangProvider({ children }: { children: ReactNode }) {
  const { query } = useLocation();
  const fromUrl = query.get(LANG_PARAM);
  const lang: Lang = isLang(fromUrl) ? fromUrl : remembered();
  const setLang = useCallback((next: Lang) => {
    window.localStorage.setItem(STORAGE_KEY, next);
    updateQuery({ [LANG_PARAM]: next });
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    if (isLang(fromUrl)) window.localStorage.setItem(STORAGE_KEY, fromUrl);
  }, [lang, fromUrl]);
  const value = useMemo(() => ({ lang, setLang, t: translate(lang) }), [lang, setLang]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export function useLang(): LangContextValue {
  const value = useContext(LangContext);
  if (!value) throw new Error("useLang outside LangProvider");
  return value;
}

/** The chosen language and the translator of a page's own catalogue (the dashboard-wide one is `useLang().t`). */
export function useMessages<Key extends string>(catalogue: Catalogue<Key>): { lang: Lang; t: Translator<Key> } {
  const { lang } = useLang();
  return useMemo(() => ({ lang, t: catalogue.translate(lang) }), [lang, catalogue]);
}
