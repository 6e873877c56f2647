import { InlineMarkdown } from "@/components/api-docs/inline-markdown";
import type { OpenApi, Operation } from "@/components/api-docs/openapi-types";
import { OperationView, operationAnchor } from "@/components/api-docs/operation-view";
import { SchemaView } from "@/components/api-docs/schema-view";
import styles from "@/components/api-docs/api-docs.module.css";

const METHODS = ["get", "post", "put", "patch", "delete"];

interface Entry {
  method: string;
  path: string;
  operation: Operation;
}

function byTag(document: OpenApi): { tag: string; description?: string; entries: Entry[] }[] {
  const entries = Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((method) => ({ method, path, operation: item[method]! })),
  );
  const tags = document.tags ?? [];
  return tags
    .map((tag) => ({ tag: tag.name, description: tag.description, entries: entries.filter((e) => e.operation.tags?.[0] === tag.name) }))
    .concat([{ tag: "Other", description: undefined, entries: entries.filter((e) => !tags.some((t) => t.name === e.operation.tags?.[0])) }])
    .filter((group) => group.entries.length > 0);
}

/** The browsable API reference, rendered on the server from the OpenAPI document itself. */
export function ApiReference({ document }: { document: OpenApi }) {
  const groups = byTag(document);
  const schemas = Object.entries(document.components?.schemas ?? {}).sort(([a], [b]) => a.localeCompare(b));
  return (
    <div className={styles.layout}>
      <nav className={styles.toc} aria-label="API reference">
        {groups.map((group) => (
          <div key={group.tag}>
            <div className={styles.tocTag}>{group.tag}</div>
            {group.entries.map(({ method, path, operation }) => (
              <a key={operation.operationId} href={`#${operationAnchor(operation)}`} className={styles.tocLink}>
                <span className={`${styles.methodSmall} ${styles[method] ?? ""}`}>{method.toUpperCase()}</span> {operation.summary ?? path}
              </a>
            ))}
          </div>
        ))}
        <div className={styles.tocTag}>
          <a href="#schemas" className={styles.tocLink}>
            Schemas
          </a>
        </div>
      </nav>
      <div className={styles.content}>
        <header className="panel">
          <h1>
            {document.info.title} <span className="badge">v{document.info.version}</span>
          </h1>
          <InlineMarkdown text={document.info.description} className={styles.description} />
          <p>
            <a className="btn" href="/api/v1/openapi.json" download="sieve-openapi.json">
              Download openapi.json
            </a>
          </p>
        </header>
        {groups.map((group) => (
          <section key={group.tag} aria-labelledby={`tag-${group.tag}`} className={styles.group}>
            <h2 id={`tag-${group.tag}`}>{group.tag}</h2>
            {group.description && <p className="muted">{group.description}</p>}
            {group.entries.map((entry) => (
              <OperationView key={entry.operation.operationId} {...entry} components={document.components?.schemas ?? {}} />
            ))}
          </section>
        ))}
        <section id="schemas" aria-labelledby="schemas-heading" className={styles.group}>
          <h2 id="schemas-heading">Schemas</h2>
          {schemas.map(([name, schema]) => (
            <article key={name} id={`schema-${name}`} className={`panel ${styles.operation}`}>
              <h3>{name}</h3>
              {schema.description && <p>{schema.description}</p>}
              <SchemaView schema={schema} />
            </article>
          ))}
        </section>
      </div>
    </div>
  );
}
