type Schema = Record<string, unknown>;

function isSchema(value: unknown): value is Schema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const STRING_FORMATS: Record<string, string> = {
  date: "2026-01-15",
  "date-time": "2026-01-15T09:30:00Z",
  email: "someone@example.com",
  uri: "https://example.com/",
  uuid: "00000000-0000-4000-8000-000000000000",
};

/**
 * The smallest plausible value satisfying a JSON schema (as the provider sends it for structured
 * output), so scripts that don't care about content still return parseable, valid answers.
 */
export function sampleFromSchema(schema: unknown, root: unknown = schema, depth = 0): unknown {
  if (!isSchema(schema) || depth > 20) return null;
  if (typeof schema.$ref === "string") return sampleFromSchema(resolveRef(root, schema.$ref), root, depth + 1);
  if ("const" in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  for (const key of ["anyOf", "oneOf", "allOf"] as const) {
    const options = schema[key];
    if (Array.isArray(options)) {
      const chosen = options.find((o) => isSchema(o) && o.type !== "null") ?? options[0];
      return sampleFromSchema(chosen, root, depth + 1);
    }
  }
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const type = types.find((t) => t !== "null") ?? types[0];
  switch (type) {
    case "object": {
      const properties = isSchema(schema.properties) ? schema.properties : {};
      return Object.fromEntries(
        Object.entries(properties).map(([name, sub]) => [name, sampleFromSchema(sub, root, depth + 1)]),
      );
    }
    case "array": {
      const count = typeof schema.minItems === "number" ? schema.minItems : 1;
      return Array.from({ length: count }, () => sampleFromSchema(schema.items, root, depth + 1));
    }
    case "string": {
      const format = typeof schema.format === "string" ? STRING_FORMATS[schema.format] : undefined;
      const minLength = typeof schema.minLength === "number" ? schema.minLength : 0;
      return (format ?? "sample").padEnd(minLength, "x");
    }
    case "integer":
    case "number":
      return typeof schema.minimum === "number" ? schema.minimum : 0;
    case "boolean":
      return false;
    case "null":
      return null;
    default:
      return isSchema(schema.properties) ? sampleFromSchema({ ...schema, type: "object" }, root, depth + 1) : null;
  }
}

function resolveRef(root: unknown, ref: string): unknown {
  if (!ref.startsWith("#")) return undefined;
  return ref
    .slice(1)
    .split("/")
    .filter(Boolean)
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<unknown>((node, part) => (isSchema(node) ? node[part] : undefined), root);
}
