import { InlineMarkdown } from "@/components/api-docs/inline-markdown";
import { refName, type MediaTypes, type Operation, type Schema } from "@/components/api-docs/openapi-types";
import { SchemaNotes, SchemaView, TypeLabel } from "@/components/api-docs/schema-view";
import styles from "@/components/api-docs/api-docs.module.css";

export const operationAnchor = (operation: Operation) => `op-${operation.operationId}`;

type Components = Record<string, Schema>;

function Content({ content, components }: { content?: MediaTypes; components: Components }) {
  if (!content) return null;
  return (
    <>
      {Object.entries(content).map(([mediaType, { schema }]) => (
        <div key={mediaType} className={styles.media}>
          <div className="muted">
            <code>{mediaType}</code>
          </div>
          {schema && <SchemaView schema={schema} />}
          {schema?.$ref && components[refName(schema.$ref)]?.properties && (
            <details className={styles.nested}>
              <summary>Fields of {refName(schema.$ref)}</summary>
              <SchemaView schema={components[refName(schema.$ref)]!} />
            </details>
          )}
        </div>
      ))}
    </>
  );
}

function statusClass(status: string) {
  return status.startsWith("2") ? "badge ok" : status.startsWith("4") && status !== "429" ? "badge warn" : "badge bad";
}

function Access({ operation }: { operation: Operation }) {
  const security = operation.security ?? [];
  if (security.length === 0) return <span className="badge">public</span>;
  return (
    <>
      {security.map((requirement, i) =>
        Object.entries(requirement).map(([scheme, scopes]) => (
          <span key={`${i}-${scheme}`} className={`badge ${styles.accessBadge}`}>
            {scheme === "bearerAuth" ? `token${scopes.length ? `: ${scopes.join(", ")}` : ""}` : "console session"}
          </span>
        )),
      )}
    </>
  );
}

export function OperationView({ method, path, operation, components }: { method: string; path: string; operation: Operation; components: Components }) {
  const successes = Object.entries(operation.responses).filter(([status]) => status.startsWith("2"));
  const failures = Object.entries(operation.responses).filter(([status]) => !status.startsWith("2"));
  return (
    <article id={operationAnchor(operation)} className={`panel ${styles.operation}`} aria-labelledby={`${operationAnchor(operation)}-title`}>
      <h3 id={`${operationAnchor(operation)}-title`} className={styles.operationTitle}>
        <span className={`${styles.method} ${styles[method] ?? ""}`}>{method.toUpperCase()}</span>
        <code className={styles.path}>{path}</code>
      </h3>
      <div className={styles.summaryLine}>
        <strong>{operation.summary}</strong> <Access operation={operation} />
      </div>
      <InlineMarkdown text={operation.description} className={styles.description} />

      {operation.parameters && operation.parameters.length > 0 && (
        <>
          <h4>Parameters</h4>
          <table className={styles.properties}>
            <tbody>
              {operation.parameters.map((p) => (
                <tr key={`${p.in}-${p.name}`}>
                  <td className={styles.propertyName}>
                    <code>{p.name}</code> <span className="muted">{p.in}</span>
                    {p.required && <span className={styles.required}> required</span>}
                  </td>
                  <td>
                    {p.schema && <TypeLabel schema={p.schema} />}
                    {p.schema && <SchemaNotes schema={{ ...p.schema, description: p.description ?? p.schema.description }} />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      {operation.requestBody && (
        <>
          <h4>Request body{operation.requestBody.required ? "" : " (optional)"}</h4>
          <InlineMarkdown text={operation.requestBody.description} />
          <Content content={operation.requestBody.content} components={components} />
        </>
      )}

      <h4>Responses</h4>
      {successes.map(([status, response]) => (
        <div key={status} className={styles.response}>
          <span className={statusClass(status)}>{status}</span> {response.description}
          {response.headers && (
            <div className="muted">
              Headers: {Object.keys(response.headers).map((h, i) => (
                <span key={h}>
                  {i > 0 && ", "}
                  <code>{h}</code>
                </span>
              ))}
            </div>
          )}
          <Content content={response.content} components={components} />
        </div>
      ))}
      <details className={styles.errors}>
        <summary>
          Errors:{" "}
          {failures.map(([status]) => (
            <span key={status} className={`${statusClass(status)} ${styles.errorBadge}`}>
              {status}
            </span>
          ))}
        </summary>
        <ul>
          {failures.map(([status, response]) => (
            <li key={status}>
              <strong>{status}</strong> <InlineMarkdown text={response.description} className={styles.inlineBlock} />
            </li>
          ))}
        </ul>
        <p className="muted">
          All errors share the <a href="#schema-Error">Error</a> shape.
        </p>
      </details>
    </article>
  );
}
