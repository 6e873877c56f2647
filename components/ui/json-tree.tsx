import styles from "@/components/ui/json-tree.module.css";

// A JSON value as a tree: objects and arrays fold with native <details> (keyboard accessible, no
// script), the first two levels open; keys and each kind of value in its own colour.

function Scalar({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span className={styles.null}>null</span>;
  if (typeof value === "string") return <span className={styles.string}>&quot;{value}&quot;</span>;
  if (typeof value === "number") return <span className={styles.number}>{value}</span>;
  if (typeof value === "boolean") return <span className={styles.boolean}>{String(value)}</span>;
  return <span className={styles.string}>{String(value)}</span>;
}

function Node({ name, value, depth, inArray = false }: { name: string | null; value: unknown; depth: number; inArray?: boolean }) {
  const key = name === null ? null : <span className={inArray ? styles.index : styles.key}>{name}: </span>;
  const entries = value !== null && typeof value === "object" ? Object.entries(value) : null;
  if (!entries || entries.length === 0) {
    return (
      <li className={styles.leaf}>
        {key}
        {entries ? <span className={styles.punct}>{Array.isArray(value) ? "[]" : "{}"}</span> : <Scalar value={value} />}
      </li>
    );
  }
  const isArray = Array.isArray(value);
  return (
    <li>
      <details open={depth < 2}>
        <summary>
          {key}
          <span className={styles.punct}>{isArray ? `[${entries.length} ${entries.length === 1 ? "item" : "items"}]` : `{${entries.length} ${entries.length === 1 ? "key" : "keys"}}`}</span>
        </summary>
        <ul className={styles.list}>
          {entries.map(([k, v]) => (
            <Node key={k} name={k} value={v} depth={depth + 1} inArray={isArray} />
          ))}
        </ul>
      </details>
    </li>
  );
}

export function JsonTree({ value, label }: { value: unknown; label: string }) {
  return (
    <ul className={`${styles.tree} ${styles.list}`} aria-label={label} data-testid="json-tree">
      <Node name={null} value={value} depth={0} />
    </ul>
  );
}
