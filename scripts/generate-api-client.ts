// Regenerates the typed API client's types from the OpenAPI document (after changing an API schema).
import fs from "node:fs";
import { GENERATED_TYPES_PATH, generateClientTypes } from "@/lib/api-client/generate-types";

fs.writeFileSync(GENERATED_TYPES_PATH, await generateClientTypes());
console.log(`wrote ${GENERATED_TYPES_PATH}`);
