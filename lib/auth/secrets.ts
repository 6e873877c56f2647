import crypto from "node:crypto";

/** A random URL-safe secret. */
export const randomSecret = (bytes = 32) => crypto.randomBytes(bytes).toString("base64url");

/** Session cookies and API tokens are high-entropy, so a plain SHA-256 is a safe lookup key at rest. */
export const sha256 = (value: string) => crypto.createHash("sha256").update(value).digest("hex");
