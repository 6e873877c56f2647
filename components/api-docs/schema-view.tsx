import type { ReactNode } from "react";
import { refName, type Schema } from "@/components/api-docs/openapi-types";
import styles from "@/components/api-docs/api-docs.module.css";

// A JSON Schema as people read it: a type label, and for objects a table of properties whose
// nested objects fold open. References link to the schema's entry under "Schemas".

const nonNull = (schemas: Schema[]) => schemas.filter((s) => s.type !== "null");

export function isNullable(schema: Schema): boolean {
  const variants = schema.anyOf ?? schema.oneOf;
  return (Array.isArray(schema.type) && schema.type.includes("null")) || Boolean(variants?.some((s) => s.type === "null"));
}

/** The schema without its `null` alternative (nullability is shown separately). */
function unwrapNullable(schema: Schema): Schema {
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants && nonNull(variants).length === 1) return { ...nonNull(variants)[0], description: schema.description ?? nonNull(variants)[0]!.description };
  if (Array.isArray(schema.type)) {
    const types = schema.type.filter((t) => t !== "null");
    return { ...schema, type: types.length === 1 ? types[0] : types };
  }
  return schema;
}

export function TypeLabel({ schema }: { schema: Schema }): ReactNode {
  const s = unwrapNullable(schema);
  if (s.$ref) {
    const name = refName(s.$ref);
    return (
      <a href={`#schema-${name}`} className={styles.ref}>
        {name}
      </a>
    );
  }
  const variants = s.anyOf ?? s.oneOf;
  if (variants) {
    return variants.map((v, i) => (
      <span key={i}>
        {i > 0 && " | "}
        <TypeLabel schema={v} />
      </span>
    ));
  }
  if (s.const !== undefined) return <code>{JSON.stringify(s.const)}</code>;
  if (s.enum) return <span>{s.enum.map((v) => JSON.stringify(v)).join(" | ")}</span>;
  if (s.type === "array" && s.items) {
    return (
      <span>
        array of <TypeLabel schema={s.items} />
      </span>
    );
  }
  const type = Array.isArray(s.type) ? s.type.join(" | ") : (s.type ?? "any");
  return <span>{s.format ? `${type} (${s.format})` : type}</span>;
}

function constraints(s: Schema): string[] {
  const out: string[] = [];
  if (s.minimum !== undefined && s.minimum > -1e15) out.push(`≥ ${s.minimum}`);
  if (s.maximum !== undefined && s.maximum < 1e15) out.push(`≤ ${s.maximum}`);
  if (s.minLength !== undefined && s.minLength > 0) out.push(`min length ${s.minLength}`);
  if (s.maxLength !== undefined) out.push(`max length ${s.maxLength}`);
  if (s.default !== undefined) out.push(`default ${JSON.stringify(s.default)}`);
  if (s.example !== undefined) out.push(`e.g. ${JSON.stringify(s.example)}`);
  return out;
}

/** Notes for one value: its description, whether null is allowed, and its bounds. */
export function SchemaNotes({ schema }: { schema: Schema }) {
  const inner = unwrapNullable(schema);
  const notes = [...(isNullable(schema) ? ["nullable"] : []), ...constraints(inner)];
  return (
    <>
      {(schema.description ?? inner.description) && <div>{schema.description ?? inner.description}</div>}
      {notes.length > 0 && <div className="muted">{notes.join(" · ")}</div>}
    </>
  );
}

export function SchemaView({ schema, depth = 0 }: { schema: Schema; depth?: number }) {
  const s = unwrapNullable(schema);
  const objectLike = s.properties ? s : s.type === "array" && s.items?.properties ? s.items : null;
  if (!objectLike?.properties || depth > 4) {
    return (
      <div className={styles.typeLine}>
        <TypeLabel schema={schema} />
      </div>
    );
  }
  const required = new Set(objectLike.required ?? []);
  return (
    <>
      {objectLike !== s && <div className={styles.typeLine}>array of objects:</div>}
      <table className={styles.properties}>
        <tbody>
          {Object.entries(objectLike.properties).map(([name, property]) => {
            const nested = unwrapNullable(property);
            const expandable = Boolean(nested.properties || (nested.type === "array" && nested.items?.properties));
            return (
              <tr key={name}>
                <td className={styles.propertyName}>
                  <code>{name}</code>
                  {required.has(name) ? <span className={styles.required}> required</span> : null}
                </td>
                <td>
                  <TypeLabel schema={property} />
                  <SchemaNotes schema={property} />
                  {expandable && (
                    <details className={styles.nested}>
                      <summary>Fields</summary>
                      <SchemaView schema={property} depth={depth + 1} />
                    </details>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
