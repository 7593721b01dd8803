/**
 * The chosen language as React context: remembered in localStorage, written to <html lang>, and a t()
 * that fills {placeholders}.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { isLang, type Lang } from "./locale.js";
import { en, type MessageKey } from "./messages-en.js";
import { nl } from "./messages-nl.js";

const MESSAGES: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = { en, nl };
const STORAGE_KEY = "wedloop.lang";

export type Translate = (key: MessageKey, values?: Readonly<Record<string, string | number>>) => string;

export function translate(lang: Lang): Translate {
  return (key, values) =>
    MESSAGES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      values && name in values ? String(values[name]) : whole,
    );
}

interface LangContextValue {
  readonly lang: Lang;
  readonly setLang: (lang: Lang) => void;
  readonly t: Translate;
}

const LangContext = createContext<LangContextValue | null>(null);

function initialLang(): Lang {
  const stored = window.localStorage.getItem(STORAGE_KEY);
  if (isLang(stored)) return stored;
  return navigator.language.toLowerCase().startsWith("nl") ? "nl" : "en";
}

export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = useCallback((next: Lang) => {
    window.localStorage.setItem(STORAGE_KEY, next);
    setLangState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo(() => ({ lang, setLang, t: translate(lang) }), [lang, setLang]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export function useLang(): LangContextValue {
  const value = useContext(LangContext);
  if (!value) throw new Error("useLang outside LangProvider");
  return value;
}
