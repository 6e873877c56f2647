import type { Shortcut } from "@/components/ui/use-shortcuts";
import styles from "@/components/ui/ui.module.css";

const keyName = (key: string) => ({ ArrowDown: "↓", ArrowUp: "↑", Enter: "Enter", Escape: "Esc" })[key] ?? key;

/** The page's keyboard shortcuts, always on screen so nobody has to remember them. */
export function ShortcutList({ shortcuts, title = "Keyboard shortcuts" }: { shortcuts: Pick<Shortcut, "keys" | "label">[]; title?: string }) {
  return (
    <section className={styles.shortcuts} aria-label={title} data-testid="shortcut-list">
      <h2 className={styles.shortcutsTitle}>{title}</h2>
      <ul>
        {shortcuts.map((s) => (
          <li key={s.label}>
            {s.keys.map((k, i) => (
              <span key={k}>
                {i > 0 && " / "}
                <kbd>{keyName(k)}</kbd>
              </span>
            ))}{" "}
            {s.label}
          </li>
        ))}
      </ul>
    </section>
  );
}
