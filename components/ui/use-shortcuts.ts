"use client";
import { useEffect, useRef, useState } from "react";

export interface Shortcut {
  /** KeyboardEvent.key, e.g. "j", "ArrowDown", "?", "/". */
  keys: string[];
  label: string;
  run: () => void;
  enabled?: boolean;
}

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

/**
 * Single-key shortcuts for the common path. They never fire while the reviewer is typing, in a
 * dialog, or with a modifier held (so browser and screen-reader shortcuts keep working).
 */
export function useShortcuts(shortcuts: Shortcut[]) {
  const current = useRef(shortcuts);
  current.current = shortcuts;
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      if (document.querySelector("dialog[open]")) return;
      const match = current.current.find((s) => s.enabled !== false && s.keys.includes(event.key));
      if (!match) return;
      event.preventDefault();
      match.run();
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}

/** True once the page is interactive (shortcuts listening); marked on the screen as `data-ready`. */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
