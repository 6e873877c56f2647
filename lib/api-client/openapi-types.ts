// Generated from the OpenAPI document by `npm run api:client` (openapi-typescript). Do not edit:
// tests/unit/api/openapi.test.ts fails when this file and the document drift apart.

export interface paths {
    "/api/v1/admin/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recent spend alerts (spikes, budgets at 80%/100%, opened circuit breakers)
         * @description Console admins only (session cookie + `x-csrf-token` on changes); API tokens are refused.
         */
        get: operations["listSpendAlerts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/alerts/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Acknowledge an alert (idempotent)
         * @description Console admins only (session cookie + `x-csrf-token` on changes); API tokens are refused.
         */
        post: operations["acknowledgeSpendAlert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/alerts/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where alerts are delivered
         * @description Installation operators only (session cookie + `x-csrf-token` on changes): the setting applies to every tenant, so tenant admins and API tokens are refused.
         */
        get: operations["getAlertWebhook"];
        /**
         * Set, change or remove the alert webhook
         * @description Alerts are POSTed as JSON with `x-sieve-signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`, retried with exponential backoff. A generated secret is returned once. A URL whose host is, or resolves to, a loopback, private, link-local or otherwise internal address is refused with 422 `webhook_address_not_allowed` (unless the server sets SIEVE_WEBHOOK_ALLOW_PRIVATE); deliveries check it again before each attempt.
         *
         *     Installation operators only (session cookie + `x-csrf-token` on changes): the setting applies to every tenant, so tenant admins and API tokens are refused.
         */
        put: operations["setAlertWebhook"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/budgets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Budgets with their usage this period, and the per-run caps
         * @description Console admins only (session cookie + `x-csrf-token` on changes); API tokens are refused.
         */
        get: operations["listBudgets"];
        put?: never;
        /**
         * Add a per-run cap, or a daily/monthly cap for a token, the tenant or the installation
         * @description Per-run caps and installation-wide (`global`) caps bind every tenant: only operators may add, change or remove them.
         *
         *     Console admins only (session cookie + `x-csrf-token` on changes); API tokens are refused.
         */
        post: operations["createBudget"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/budgets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a budget
         * @description Console admins only (session cookie + `x-csrf-token` on changes); API tokens are refused.
         */
        delete: operations["deleteBudget"];
        options?: never;
        head?: never;
        /**
         * Change a budget's limit
         * @description Console admins only (session cookie + `x-csrf-token` on changes); API tokens are refused.
         */
        patch: operations["updateBudget"];
        trace?: never;
    };
    "/api/v1/admin/labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tenant's approved documents as a labelled dataset
         * @description JSON lines, one LabelLine per approved document (rejected ones left out), oldest approval first.
         *
         *     Console admins only (session cookie + `x-csrf-token` on changes); API tokens are refused.
         */
        get: operations["exportLabels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/pipeline-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The pipeline's thresholds in force, their defaults, and which were changed
         * @description Console admins only (session cookie + `x-csrf-token` on changes); API tokens are refused.
         */
        get: operations["getPipelineSettings"];
        /**
         * Change some of the pipeline's thresholds (null puts one back to its default)
         * @description Auto-approve thresholds per document type (the joint confidence of the required fields a document needs to skip review), the audit sampling rate, the classification threshold, review SLA hours, and per-agent local → LLM escalation thresholds. Knobs left out are unchanged; each change is recorded in the audit trail and applies to new runs within 15 s.
         *
         *     Installation operators only (session cookie + `x-csrf-token` on changes): the setting applies to every tenant, so tenant admins and API tokens are refused.
         */
        put: operations["setPipelineSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/pipeline-settings/target-precision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a document type's auto-approve threshold from a target precision
         * @description Sieve chooses the lowest threshold whose auto-approve precision, bounded from below on the tenant's checked documents (reviews and audit samples), meets the target. With too little history the threshold in force is kept; it is never lowered without evidence. The change is audited.
         *
         *     Installation operators only (session cookie + `x-csrf-token` on changes): the setting applies to every tenant, so tenant admins and API tokens are refused.
         */
        put: operations["setTargetPrecision"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/prices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The price table the gateway charges by (defaults and operator overrides)
         * @description Console admins only (session cookie + `x-csrf-token` on changes); API tokens are refused.
         */
        get: operations["listModelPrices"];
        /**
         * Set one model's price
         * @description Installation operators only (session cookie + `x-csrf-token` on changes): the setting applies to every tenant, so tenant admins and API tokens are refused.
         */
        put: operations["setModelPrice"];
        post?: never;
        /**
         * Remove a price override (the model falls back to its default)
         * @description Installation operators only (session cookie + `x-csrf-token` on changes): the setting applies to every tenant, so tenant admins and API tokens are refused.
         */
        delete: operations["deleteModelPrice"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/spend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Model spend over a range
         * @description Cost over time by model, agent, document type or API token; cost per run (mean, p50, p95) and per approved document; cache hit rate and savings; tokens; retries. Defaults to the last 7 days.
         *
         *     Console admins only (session cookie + `x-csrf-token` on changes); API tokens are refused.
         */
        get: operations["getSpendReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the tenant's console users
         * @description Oldest first, disabled users included. Passwords are never returned except as a new temporary password, once.
         *
         *     Console admins only (session cookie + `x-csrf-token` on changes); API tokens are refused.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Add a console user
         * @description The response holds a generated temporary password, shown this once (only its hash is stored); the user changes it on their Account page. Emails are unique across the installation: a taken one is 409 `conflict`. Only operators may create operators.
         *
         *     Console admins only (session cookie + `x-csrf-token` on changes); API tokens are refused.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename, change the role of, disable, re-enable or reset the password of a user
         * @description Disabling and resetting the password sign the user out at once. Only operators may grant or remove the operator role or change an operator (403 `forbidden`); nobody may change their own role, disable themselves or reset their own password here (409 `invalid_state`). Another tenant's user is 404.
         *
         *     Console admins only (session cookie + `x-csrf-token` on changes); API tokens are refused.
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your own password
         * @description Needs the current password: a wrong one is 400 `invalid_request` (details point at `currentPassword`) and counts as a failed sign-in for the throttle. Your other sessions are signed out; this one stays.
         *
         *     Console session.
         */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who the credentials belong to
         * @description Works with a bearer token too: a quick way to check a token.
         *
         *     Any valid bearer token, or a console session.
         */
        get: operations["whoAmI"];
        put?: never;
        /**
         * Sign in to the console
         * @description Sets the HttpOnly session cookie; changes made with it need the returned `csrfToken` in `x-csrf-token`. Failed attempts slow down, never lock out: after three for one email from one address, that address waits 1 s, 2 s, 4 s … (up to 5 minutes) before its next try, and gets 429 with Retry-After if it comes sooner. An address failing 100 times in 15 minutes, on any accounts, gets 429 for 15 minutes; other addresses are unaffected.
         *
         *     No authentication.
         */
        post: operations["signIn"];
        /**
         * Sign out
         * @description Console session.
         */
        delete: operations["signOut"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List my documents
         * @description Newest first, with each document's latest run. Cursor pagination: pass `nextCursor` back as `cursor`.
         *
         *     Bearer token with the `read` scope, or a console session (`x-csrf-token` on changes). Only the caller's tenant's data is visible.
         */
        get: operations["listDocuments"];
        put?: never;
        /**
         * Upload a document
         * @description Stores the document (deduplicated per tenant by SHA-256) and starts a run, then answers 202 with the run and its `streamUrl`. The run executes in the background. Send an `Idempotency-Key` so a retried upload never creates a second document; a retry is answered with the first response and `Idempotent-Replayed: true`.
         *
         *     Bearer token with the `upload` scope, or a console session (`x-csrf-token` on changes). Only the caller's tenant's data is visible.
         */
        post: operations["uploadDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a document's status and result
         * @description The document and its latest run with extracted fields, summary, agent steps, questions and the decision.
         *
         *     Bearer token with the `read` scope, or a console session (`x-csrf-token` on changes). Only the caller's tenant's data is visible.
         */
        get: operations["getDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the uploaded file
         * @description The stored bytes with their content type: PDF and images inline, other types as an attachment. Supports If-None-Match.
         *
         *     Bearer token with the `read` scope, or a console session (`x-csrf-token` on changes). Only the caller's tenant's data is visible.
         */
        get: operations["getDocumentFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/pages/{page}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One page of a PDF as an image
         * @description The page rendered as PNG (longest side at most 1800 px), for drawing field evidence over it. Only PDFs have pages here; an image upload is its own page (`/file`). Supports If-None-Match.
         *
         *     Bearer token with the `read` scope, or a console session (`x-csrf-token` on changes). Only the caller's tenant's data is visible.
         */
        get: operations["getDocumentPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness
         * @description The process is up. For load balancers; checks no dependency.
         *
         *     No authentication.
         */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This OpenAPI 3.1 document
         * @description No authentication.
         */
        get: operations["openApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List clarifying questions on my documents
         * @description Open questions by default: their runs wait (`waiting_for_answer`) until one is answered.
         *
         *     Bearer token with the `read` scope, or a console session (`x-csrf-token` on changes). Only the caller's tenant's data is visible.
         */
        get: operations["listQuestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/questions/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer a clarifying question
         * @description The run resumes from where it stopped, without redoing finished agents; follow it on `streamUrl`.
         *
         *     Bearer token with the `answer` scope, or a console session (`x-csrf-token` on changes). Only the caller's tenant's data is visible.
         */
        post: operations["answerQuestion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness
         * @description Whether this instance can take traffic: the database and the cache answer.
         *
         *     No authentication.
         */
        get: operations["ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review/audit-sampling": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the share of auto-approved documents sampled for audit (installation-wide)
         * @description Installation operators only (session cookie + `x-csrf-token` on changes): the setting applies to every tenant, so tenant admins and API tokens are refused.
         */
        put: operations["setAuditSampleRate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything the review screen shows for a document
         * @description Console session.
         */
        get: operations["getReviewDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review/fields/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Correct an extracted field
         * @description Optimistic concurrency: send the `version` you saw; a newer one answers 409 `stale_version` and nothing is saved.
         *
         *     Console session.
         */
        patch: operations["correctField"];
        trace?: never;
    };
    "/api/v1/review/items/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Claim an item, or renew the caller's claim
         * @description Atomic: of two reviewers claiming at once, one gets 409 `already_claimed`. A claim expires unless renewed.
         *
         *     Console session.
         */
        post: operations["claimReviewItem"];
        /**
         * Release a claim
         * @description Reviewers release their own claims; admins may release anyone's.
         *
         *     Console session.
         */
        delete: operations["releaseReviewItem"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review/items/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve or reject (with a reason)
         * @description Needs the caller's claim. Resolves every open item of the run and finishes the run and document.
         *
         *     Console session.
         */
        post: operations["decideReviewItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review/questions/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer the pipeline's question from the console
         * @description Needs the claim when the question is in the queue. The run resumes from where it stopped.
         *
         *     Console session.
         */
        post: operations["answerQuestionAsReviewer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A page of the review queue
         * @description Keyset-paginated: pass `nextCursor` back as `cursor` for the next page. Views: open, mine, claimed, resolved.
         *
         *     Console session.
         */
        get: operations["listReviewQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review/queue/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live queue changes (server-sent events)
         * @description One `queue` event per created, claimed, released or resolved item of the tenant.
         *
         *     Console session.
         */
        get: operations["followReviewQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review/queue/next": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Claim the next item
         * @description The caller's own unfinished claim first, else the first open item in the given order; `item` is null when none is left.
         *
         *     Console session.
         */
        post: operations["claimNextReviewItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Queue counts and the measured auto-approve precision
         * @description Console session.
         */
        get: operations["getReviewSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a run's status and result
         * @description Bearer token with the `read` scope, or a console session (`x-csrf-token` on changes). Only the caller's tenant's data is visible.
         */
        get: operations["getRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/runs/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a run
         * @description Stops a run that is queued, running or waiting for an answer. A run that already reached a decision answers 409 `invalid_state`.
         *
         *     Bearer token with the `upload` scope, or a console session (`x-csrf-token` on changes). Only the caller's tenant's data is visible.
         */
        post: operations["cancelRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/runs/{id}/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follow a run's progress (resumable stream)
         * @description Server-Sent Events in the AI SDK UI message stream protocol (`readUIMessageStream` reads it): agent started/finished, each field as soon as it is extracted, validation findings, questions and the decision, as `data-*` parts. Each event carries `seq`: after a disconnect, reconnect with `?from=<seq + 1>` or a `Last-Event-ID` header. A finished run replays from its record.
         *
         *     Bearer token with the `read` scope, or a console session (`x-csrf-token` on changes). Only the caller's tenant's data is visible.
         */
        get: operations["streamRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the tenant's API tokens
         * @description Active tokens first. Secrets are never returned after creation.
         *
         *     Console admins only (session cookie + `x-csrf-token` on changes); API tokens are refused.
         */
        get: operations["listTokens"];
        put?: never;
        /**
         * Create an API token
         * @description The response holds the secret; it is shown this once and only its hash is stored.
         *
         *     Console admins only (session cookie + `x-csrf-token` on changes); API tokens are refused.
         */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API token
         * @description Takes effect on the token's next request. Revoking twice is harmless.
         *
         *     Console admins only (session cookie + `x-csrf-token` on changes); API tokens are refused.
         */
        delete: operations["revokeToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tenant's known vendors
         * @description Newest first. Cursor pagination: pass `nextCursor` back as `cursor`.
         *
         *     Console session.
         */
        get: operations["listVendors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One known vendor
         * @description Console session.
         */
        get: operations["getVendor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Correct a vendor's name, address, identifiers or currency
         * @description The next documents from this vendor are read with these values. An invalid IBAN or VAT id answers 400 `invalid_request` with `details.field` and `details.rule` (`iban_checksum`, `vat_id_format`). Optimistic concurrency: a stale `version` answers 409 `stale_version`.
         *
         *     Console session.
         */
        patch: operations["updateVendor"];
        trace?: never;
    };
    "/api/v1/vendors/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge a duplicate into this vendor
         * @description The duplicate's spellings, counts and documents move to this vendor; the duplicate's id answers 404 afterwards.
         *
         *     Console session.
         */
        post: operations["mergeVendors"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AgentStep: {
            agent: string;
            confidence: number | null;
            durationMs: number | null;
            /** @enum {string} */
            status: "pending" | "running" | "succeeded" | "failed" | "skipped";
        };
        AlertWebhook: {
            /** @description The secret's first characters; the whole secret is shown once, when generated */
            secretHint: string | null;
            url: string | null;
        };
        AnswerAccepted: {
            /**
             * @description An opaque identifier
             * @example cmb0x9k2a0000abcd1234efgh
             */
            questionId: string;
            /**
             * @description An opaque identifier
             * @example cmb0x9k2a0000abcd1234efgh
             */
            runId: string;
            /** @description queued: the run resumes from where it stopped */
            runStatus: components["schemas"]["RunStatus"];
            streamUrl: string;
        };
        AnswerRequest: {
            /**
             * @description One of the question's options, or free text
             * @example 102.00
             */
            answer: string;
        };
        /**
         * @description upload: send documents and cancel their runs · read: read documents, runs, results and questions · answer: answer clarifying questions
         * @enum {string}
         */
        ApiScope: "upload" | "read" | "answer";
        ApiToken: {
            /**
             * Format: date-time
             * @description UTC time, ISO 8601
             * @example 2026-03-01T09:30:00.000Z
             */
            createdAt: string;
            /** @description Name of the admin who created it */
            createdBy: string | null;
            /**
             * @description An opaque identifier
             * @example cmb0x9k2a0000abcd1234efgh
             */
            id: string;
            /** @description Updated at most once a minute */
            lastUsedAt: string | null;
            name: string;
            /** @description The public part of the secret (sv_<prefix>_…), to recognise a token */
            prefix: string;
            revokedAt: string | null;
            scopes: components["schemas"]["ApiScope"][];
        };
        Budget: {
            id: string;
            /** @description Micro-dollars (1 USD = 1,000,000) */
            limitMicros: number;
            /** @enum {string} */
            period: "run" | "day" | "month";
            /** @enum {string} */
            scope: "run" | "token" | "tenant" | "global";
            scopeId: string;
        };
        Budgets: {
            budgets: components["schemas"]["BudgetWithUsage"][];
            runCaps: {
                /** @description Micro-dollars (1 USD = 1,000,000) */
                defaultMicros: number;
                /** @description Micro-dollars (1 USD = 1,000,000) */
                maxMicros: number;
                source: {
                    /** @enum {string} */
                    default: "admin" | "config";
                    /** @enum {string} */
                    max: "admin" | "config";
                };
            };
            tokens: {
                id: string;
                name: string;
                prefix: string;
            }[];
        };
        BudgetWithUsage: {
            id: string;
            label: string;
            /** @description Micro-dollars (1 USD = 1,000,000) */
            limitMicros: number;
            /** @enum {string} */
            period: "run" | "day" | "month";
            /** @enum {string} */
            scope: "run" | "token" | "tenant" | "global";
            scopeId: string;
            usage: {
                /** @enum {string} */
                level: "ok" | "warning" | "exceeded";
                periodStart: string;
                ratio: number;
                /** @description The gateway's live counter: recorded spend plus calls reserved right now; null before its first call this period */
                reservedMicros: number | null;
                /** @description Recorded spend this period (ModelCall) */
                spentMicros: number;
            } | null;
        };
        CancelRunRequest: {
            /**
             * @description Kept on the run and in the audit log
             * @example Uploaded the wrong file
             */
            reason?: string;
        };
        ChangePasswordRequest: {
            currentPassword: string;
            /** @description 12 to 200 characters */
            newPassword: string;
        };
        CreatedToken: {
            /**
             * @description Shown once, never stored: send as `Authorization: Bearer <secret>`
             * @example sv_1a2b3c4d_…
             */
            secret: string;
            token: components["schemas"]["ApiToken"];
        };
        CreatedUser: {
            /** @description Shown once, never stored in clear: hand it to the user, who changes it on their Account page */
            temporaryPassword: string;
            user: components["schemas"]["User"];
        };
        CreateTokenRequest: {
            name: string;
            scopes: components["schemas"]["ApiScope"][];
        };
        CreateUserRequest: {
            /**
             * Format: email
             * @description Unique across the installation; stored trimmed and in lower case
             */
            email: string;
            name: string;
            role: components["schemas"]["Role"];
        };
        DecisionReason: {
            detail: string | null;
            /** @description The fields the reason is about */
            fields: string[];
            reason: components["schemas"]["ReviewReason"];
        };
        Document: {
            /**
             * Format: date-time
             * @description UTC time, ISO 8601
             * @example 2026-03-01T09:30:00.000Z
             */
            createdAt: string;
            docType: string | null;
            filename: string;
            /**
             * @description An opaque identifier
             * @example cmb0x9k2a0000abcd1234efgh
             */
            id: string;
            latestRun: components["schemas"]["RunSummary"] | null;
            /** @description Sniffed from the bytes, not taken from the client */
            mime: string;
            pageCount: number | null;
            sha256: string;
            /** @description Bytes */
            size: number;
            status: components["schemas"]["DocumentStatus"];
            /**
             * Format: date-time
             * @description UTC time, ISO 8601
             * @example 2026-03-01T09:30:00.000Z
             */
            updatedAt: string;
        };
        /** @description A document with its latest run's result */
        DocumentDetail: {
            /**
             * Format: date-time
             * @description UTC time, ISO 8601
             * @example 2026-03-01T09:30:00.000Z
             */
            createdAt: string;
            docType: string | null;
            filename: string;
            /**
             * @description An opaque identifier
             * @example cmb0x9k2a0000abcd1234efgh
             */
            id: string;
            latestRun: components["schemas"]["Run"] | null;
            /** @description Sniffed from the bytes, not taken from the client */
            mime: string;
            pageCount: number | null;
            sha256: string;
            /** @description Bytes */
            size: number;
            status: components["schemas"]["DocumentStatus"];
            /**
             * Format: date-time
             * @description UTC time, ISO 8601
             * @example 2026-03-01T09:30:00.000Z
             */
            updatedAt: string;
        };
        DocumentPage: {
            data: components["schemas"]["Document"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /** @enum {string} */
        DocumentStatus: "received" | "processing" | "waiting_for_answer" | "needs_review" | "approved" | "rejected" | "failed" | "cancelled";
        /** @description The one shape of every failure */
        Error: {
            error: {
                code: components["schemas"]["ErrorCode"];
                details?: {
                    [key: string]: unknown;
                };
                /** @description For people; may change. Branch on `code`. */
                message: string;
                /** @description Also in the x-request-id header and in our logs */
                requestId: string;
            };
        };
        /** @enum {string} */
        ErrorCode: "invalid_request" | "invalid_json" | "unauthenticated" | "invalid_credentials" | "budget_exceeded" | "forbidden" | "csrf_failed" | "not_found" | "conflict" | "stale_version" | "already_claimed" | "invalid_state" | "idempotency_in_progress" | "payload_too_large" | "unsupported_media_type" | "unprocessable_document" | "idempotency_key_reused" | "webhook_address_not_allowed" | "rate_limited" | "internal" | "upstream_failed" | "unavailable";
        Field: {
            confidence: number;
            corrected: boolean;
            /** @description Where the value was read: the page, the box of its words (fractions of the page, origin top left) and their lowest OCR confidence (1 for a text layer); null when no reading covers it */
            evidence: {
                box: {
                    x0: number;
                    x1: number;
                    y0: number;
                    y1: number;
                };
                ocrConfidence: number;
                page: number;
            } | null;
            extractedValue: string | null;
            /** @description Why to doubt or trust the value: not_in_document, span_corrected, derived, inferred, answered, ocr_doubt (read from words the OCR was unsure of), cross_checked (other amounts on the document confirm it), e_invoice (the PDF's embedded e-invoice XML states the same value), e_invoice_conflict (the embedded e-invoice states another value that the page does not print), or the id of a failed business rule (e.g. total_equals_subtotal_plus_tax) */
            flags: string[];
            name: string;
            source: components["schemas"]["SourceSpan"] | null;
            /** @description The reviewer's correction if there is one, else the extracted value */
            value: string | null;
        };
        Health: {
            /** @constant */
            status: "ok";
            /**
             * Format: date-time
             * @description UTC time, ISO 8601
             * @example 2026-03-01T09:30:00.000Z
             */
            time: string;
        };
        LabelLine: {
            /**
             * Format: date-time
             * @description UTC time, ISO 8601
             * @example 2026-03-01T09:30:00.000Z
             */
            approved_at: string;
            /**
             * @description A person (review or audit) or the pipeline on its own
             * @enum {string}
             */
            approved_by: "human" | "pipeline";
            /** @description Fields the person corrected */
            corrected_fields: string[];
            /** @description Fields as approved (corrections applied); line items left out */
            fields: {
                [key: string]: string | null;
            };
            /** @description The document's id */
            id: string;
            /** @description Words with page, box and confidence, offsets into `text`; null for text uploads */
            reading: unknown;
            source: string;
            /** @description The text Sieve read */
            text: string;
            /** @description Document type as approved */
            type: string;
        };
        ModelPrice: {
            cachedInputMicrosPerMTok?: number | null;
            inputMicrosPerMTok: number;
            model: string;
            outputMicrosPerMTok: number;
            provider: string;
            /** @enum {string} */
            source: "admin" | "default";
        };
        PasswordChanged: {
            /** @description Sessions of this user on other browsers, now signed out */
            otherSessionsEnded: number;
        };
        PipelineSettings: {
            auditSampleRate: number;
            autoApproveThresholds: {
                [key: string]: number;
            };
            classificationThreshold: number;
            escalationThresholds: {
                classification: number;
                extraction: number | null;
                summarisation: number;
            };
            slaHours: {
                high: number;
                low: number;
                normal: number;
            };
        };
        PipelineSettingsChange: {
            auditSampleRate?: number | null;
            autoApproveThresholds?: {
                [key: string]: number;
            } | null;
            classificationThreshold?: number | null;
            escalationThresholds?: {
                classification?: number;
                extraction?: number;
                summarisation?: number;
            } | null;
            slaHours?: {
                high: number;
                low: number;
                normal: number;
            } | null;
        };
        PipelineSettingsPage: {
            defaults: components["schemas"]["PipelineSettings"];
            overridden: ("autoApproveThresholds" | "auditSampleRate" | "classificationThreshold" | "slaHours" | "escalationThresholds")[];
            settings: components["schemas"]["PipelineSettings"];
        };
        /** @description Who the credentials belong to */
        Principal: {
            csrfToken: string;
            email: string;
            /** @constant */
            kind: "user";
            name: string;
            role: components["schemas"]["Role"];
            /**
             * @description An opaque identifier
             * @example cmb0x9k2a0000abcd1234efgh
             */
            tenantId: string;
            /**
             * @description An opaque identifier
             * @example cmb0x9k2a0000abcd1234efgh
             */
            userId: string;
        } | {
            /** @constant */
            kind: "token";
            name: string;
            scopes: components["schemas"]["ApiScope"][];
            /**
             * @description An opaque identifier
             * @example cmb0x9k2a0000abcd1234efgh
             */
            tenantId: string;
            /**
             * @description An opaque identifier
             * @example cmb0x9k2a0000abcd1234efgh
             */
            tokenId: string;
        };
        Question: {
            agent: string;
            answer: string | null;
            answeredAt: string | null;
            /**
             * Format: date-time
             * @description UTC time, ISO 8601
             * @example 2026-03-01T09:30:00.000Z
             */
            createdAt: string;
            /**
             * @description An opaque identifier
             * @example cmb0x9k2a0000abcd1234efgh
             */
            documentId: string;
            /**
             * @description An opaque identifier
             * @example cmb0x9k2a0000abcd1234efgh
             */
            id: string;
            /** @description Suggested answers, when the agent offers a choice */
            options: string[] | null;
            /** @example Two totals found: 120.00 or 102.00? */
            prompt: string;
            /**
             * @description An opaque identifier
             * @example cmb0x9k2a0000abcd1234efgh
             */
            runId: string;
            status: components["schemas"]["QuestionStatus"];
        };
        QuestionPage: {
            data: components["schemas"]["Question"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @description open: waiting for an answer · answered · closed: unanswered but its run has ended (e.g. cancelled)
         * @enum {string}
         */
        QuestionStatus: "open" | "answered" | "closed";
        Readiness: {
            checks: {
                error?: string;
                latencyMs?: number;
                /** @example database */
                name: string;
                ok: boolean;
            }[];
            ready: boolean;
        };
        /** @enum {string} */
        ReviewReason: "low_confidence" | "validation_failed" | "open_question" | "audit_sample" | "suspected_hallucination" | "prompt_injection" | "agent_failed" | "budget_exhausted";
        /**
         * @description reviewer < admin < operator: each can do what the ones before it can
         * @enum {string}
         */
        Role: "reviewer" | "admin" | "operator";
        /** @description A run with its result so far */
        Run: {
            confidence: number | null;
            /**
             * Format: date-time
             * @description UTC time, ISO 8601
             * @example 2026-03-01T09:30:00.000Z
             */
            createdAt: string;
            /** @description auto_approve, human_review or ask_question once decided */
            decision: string | null;
            /** @description Why the run went to review or asked a question, most urgent first; empty when approved or undecided */
            decisionReasons: components["schemas"]["DecisionReason"][];
            /** @description Detected document type, e.g. invoice */
            docType: string | null;
            /**
             * @description An opaque identifier
             * @example cmb0x9k2a0000abcd1234efgh
             */
            documentId: string;
            error: string | null;
            /** @description Why a failed run failed, stable for clients: a reading reason (corrupt_image, corrupt_pdf, corrupt_docx, no_text, too_many_pages) or run_failed */
            errorCode: string | null;
            fields: components["schemas"]["Field"][];
            finishedAt: string | null;
            /**
             * @description An opaque identifier
             * @example cmb0x9k2a0000abcd1234efgh
             */
            id: string;
            questions: components["schemas"]["Question"][];
            routingTarget: string | null;
            /** @description Model spend so far in micro-dollars (1 USD = 1,000,000) */
            spentMicros: number;
            startedAt: string | null;
            status: components["schemas"]["RunStatus"];
            steps: components["schemas"]["AgentStep"][];
            /** @description The summarisation agent's summary, once written */
            summary: string | null;
        };
        RunEvent_agent_finished: {
            data: {
                /** @enum {string} */
                agent: "reading" | "extraction" | "classification" | "summarisation" | "validation" | "routing";
                /** Format: date-time */
                at: string;
                confidence: number | null;
                decision: string | null;
                durationMs: number;
                error: string | null;
                escalationReason: string | null;
                result: {
                    [key: string]: unknown;
                } | null;
                /** @description Position in the run's event log */
                seq: number;
                /** @enum {string} */
                status: "succeeded" | "failed" | "skipped";
                stepId: string;
                /** @enum {string} */
                tier: "local" | "llm";
            };
            id?: string;
            /** @constant */
            type: "data-agent-finished";
        };
        RunEvent_agent_started: {
            data: {
                /** @enum {string} */
                agent: "reading" | "extraction" | "classification" | "summarisation" | "validation" | "routing";
                /** Format: date-time */
                at: string;
                escalationReason: string | null;
                /** @description Position in the run's event log */
                seq: number;
                stepId: string;
                /** @enum {string} */
                tier: "local" | "llm";
            };
            id?: string;
            /** @constant */
            type: "data-agent-started";
        };
        RunEvent_answer: {
            data: {
                answer: string;
                /** Format: date-time */
                at: string;
                questionId: string;
                /** @description Position in the run's event log */
                seq: number;
            };
            id?: string;
            /** @constant */
            type: "data-answer";
        };
        RunEvent_decision: {
            data: {
                /** Format: date-time */
                at: string;
                auditSample: boolean;
                confidence: number;
                docType: string;
                /** @enum {string} */
                outcome: "approved" | "needs_review" | "waiting_for_answer";
                reasons: {
                    detail: string;
                    fields: string[];
                    /** @enum {string} */
                    reason: "low_confidence" | "validation_failed" | "open_question" | "audit_sample" | "suspected_hallucination" | "prompt_injection" | "agent_failed" | "budget_exhausted";
                }[];
                reviewItemId: string | null;
                routingTarget: string | null;
                /** @description Position in the run's event log */
                seq: number;
                threshold: number;
            };
            id?: string;
            /** @constant */
            type: "data-decision";
        };
        RunEvent_error: {
            data: {
                /** Format: date-time */
                at: string;
                code: string;
                message: string;
                /** @description Position in the run's event log */
                seq: number;
            };
            id?: string;
            /** @constant */
            type: "data-error";
        };
        RunEvent_field: {
            data: {
                /** Format: date-time */
                at: string;
                confidence: number;
                flags: string[];
                name: string;
                /** @description Position in the run's event log */
                seq: number;
                source: {
                    end: number;
                    start: number;
                } | null;
                /** @enum {string} */
                stage: "extracted" | "validated";
                /** @enum {string} */
                tier: "local" | "llm";
                value: string | null;
            };
            id?: string;
            /** @constant */
            type: "data-field";
        };
        RunEvent_finding: {
            data: {
                /** Format: date-time */
                at: string;
                fields: string[];
                message: string;
                rule: string;
                /** @description Position in the run's event log */
                seq: number;
                /** @enum {string} */
                severity: "error" | "warning";
            };
            id?: string;
            /** @constant */
            type: "data-finding";
        };
        RunEvent_question: {
            data: {
                /** Format: date-time */
                at: string;
                field: string;
                options: string[];
                prompt: string;
                questionId: string;
                /** @description Position in the run's event log */
                seq: number;
            };
            id?: string;
            /** @constant */
            type: "data-question";
        };
        RunEvent_reading: {
            data: {
                /** Format: date-time */
                at: string;
                confidence: number | null;
                engine: string | null;
                ms: number | null;
                page: number | null;
                pages: number | null;
                /** @enum {string} */
                phase: "started" | "page" | "finished";
                /** @description Position in the run's event log */
                seq: number;
                words: number;
            };
            id?: string;
            /** @constant */
            type: "data-reading";
        };
        RunEvent_run_status: {
            data: {
                /** Format: date-time */
                at: string;
                detail: string | null;
                /** @description Position in the run's event log */
                seq: number;
                /** @enum {string} */
                status: "queued" | "running" | "waiting_for_answer" | "needs_review" | "approved" | "rejected" | "failed" | "cancelled";
            };
            id?: string;
            /** @constant */
            type: "data-run-status";
        };
        /**
         * @description queued → running → (waiting_for_answer →) needs_review | approved | rejected | failed | cancelled
         * @enum {string}
         */
        RunStatus: "queued" | "running" | "waiting_for_answer" | "needs_review" | "approved" | "rejected" | "failed" | "cancelled";
        RunStreamChunk: components["schemas"]["RunEvent_run_status"] | components["schemas"]["RunEvent_agent_started"] | components["schemas"]["RunEvent_agent_finished"] | components["schemas"]["RunEvent_reading"] | components["schemas"]["RunEvent_field"] | components["schemas"]["RunEvent_finding"] | components["schemas"]["RunEvent_question"] | components["schemas"]["RunEvent_answer"] | components["schemas"]["RunEvent_decision"] | components["schemas"]["RunEvent_error"] | ({
            /** @description Protocol framing: start, start-step, finish-step, finish, … */
            type: string;
        } & {
            [key: string]: unknown;
        });
        RunSummary: {
            confidence: number | null;
            /**
             * Format: date-time
             * @description UTC time, ISO 8601
             * @example 2026-03-01T09:30:00.000Z
             */
            createdAt: string;
            /** @description auto_approve, human_review or ask_question once decided */
            decision: string | null;
            /** @description Why the run went to review or asked a question, most urgent first; empty when approved or undecided */
            decisionReasons: components["schemas"]["DecisionReason"][];
            /** @description Detected document type, e.g. invoice */
            docType: string | null;
            /**
             * @description An opaque identifier
             * @example cmb0x9k2a0000abcd1234efgh
             */
            documentId: string;
            error: string | null;
            /** @description Why a failed run failed, stable for clients: a reading reason (corrupt_image, corrupt_pdf, corrupt_docx, no_text, too_many_pages) or run_failed */
            errorCode: string | null;
            finishedAt: string | null;
            /**
             * @description An opaque identifier
             * @example cmb0x9k2a0000abcd1234efgh
             */
            id: string;
            routingTarget: string | null;
            /** @description Model spend so far in micro-dollars (1 USD = 1,000,000) */
            spentMicros: number;
            startedAt: string | null;
            status: components["schemas"]["RunStatus"];
        };
        RunVendor: {
            /** @description The vendor's approved documents when the run was matched */
            approvedDocuments: number;
            /** @description Values vendor memory replaced by the known spelling */
            changes: {
                field: string;
                from: string | null;
                to: string;
            }[];
            known: boolean;
            matchedBy: ("tax_id" | "iban" | "name") | null;
            /** @description The known vendor's name (null: a new vendor) */
            name: string | null;
            /** @description The known vendor (null: a new vendor) */
            vendorId: string | null;
        };
        Session: {
            /** @description Send as x-csrf-token on cookie-authenticated changes */
            csrfToken: string;
            /**
             * Format: date-time
             * @description UTC time, ISO 8601
             * @example 2026-03-01T09:30:00.000Z
             */
            expiresAt: string;
            user: {
                email: string;
                /**
                 * @description An opaque identifier
                 * @example cmb0x9k2a0000abcd1234efgh
                 */
                id: string;
                name: string;
                role: components["schemas"]["Role"];
                /**
                 * @description An opaque identifier
                 * @example cmb0x9k2a0000abcd1234efgh
                 */
                tenantId: string;
            };
        };
        SignInRequest: {
            /** Format: email */
            email: string;
            password: string;
        };
        /** @description Character offsets into the document text, end exclusive */
        SourceSpan: {
            end: number;
            start: number;
            /** @description The document text the value was read from */
            text: string | null;
        };
        SpendAlert: {
            acknowledgedAt: string | null;
            baselineMicros: number | null;
            budgetId: string | null;
            createdAt: string;
            data: unknown;
            delivery: {
                attempts: number;
                deliveredAt: string | null;
                error: string | null;
                /** @enum {string} */
                status: "pending" | "delivered" | "failed" | "skipped";
            };
            id: string;
            /** @enum {string} */
            kind: "spend_anomaly" | "budget_80" | "budget_100" | "breaker_open";
            message: string;
            observedMicros: number | null;
            /** @description null for installation-wide alerts (global budget, circuit breakers) */
            tenantId: string | null;
        };
        SpendReport: {
            breakdowns: {
                agent: {
                    cacheHits: number;
                    /** @description Model call attempts, cache hits and failed attempts included */
                    calls: number;
                    /** @description Micro-dollars (1 USD = 1,000,000) */
                    costMicros: number;
                    /** @description Failed attempts */
                    errors: number;
                    inputTokens: number;
                    key: string | null;
                    label: string;
                    outputTokens: number;
                    /** @description Attempts after the first of a call */
                    retries: number;
                    /** @description Micro-dollars (1 USD = 1,000,000) */
                    retryCostMicros: number;
                    /** @description What the cache hits would have cost at the model's price (model breakdown only) */
                    savedMicros: number;
                }[];
                docType: {
                    cacheHits: number;
                    /** @description Model call attempts, cache hits and failed attempts included */
                    calls: number;
                    /** @description Micro-dollars (1 USD = 1,000,000) */
                    costMicros: number;
                    /** @description Failed attempts */
                    errors: number;
                    inputTokens: number;
                    key: string | null;
                    label: string;
                    outputTokens: number;
                    /** @description Attempts after the first of a call */
                    retries: number;
                    /** @description Micro-dollars (1 USD = 1,000,000) */
                    retryCostMicros: number;
                    /** @description What the cache hits would have cost at the model's price (model breakdown only) */
                    savedMicros: number;
                }[];
                model: {
                    cacheHits: number;
                    /** @description Model call attempts, cache hits and failed attempts included */
                    calls: number;
                    /** @description Micro-dollars (1 USD = 1,000,000) */
                    costMicros: number;
                    /** @description Failed attempts */
                    errors: number;
                    inputTokens: number;
                    key: string | null;
                    label: string;
                    outputTokens: number;
                    /** @description Attempts after the first of a call */
                    retries: number;
                    /** @description Micro-dollars (1 USD = 1,000,000) */
                    retryCostMicros: number;
                    /** @description What the cache hits would have cost at the model's price (model breakdown only) */
                    savedMicros: number;
                }[];
                token: {
                    cacheHits: number;
                    /** @description Model call attempts, cache hits and failed attempts included */
                    calls: number;
                    /** @description Micro-dollars (1 USD = 1,000,000) */
                    costMicros: number;
                    /** @description Failed attempts */
                    errors: number;
                    inputTokens: number;
                    key: string | null;
                    label: string;
                    outputTokens: number;
                    /** @description Attempts after the first of a call */
                    retries: number;
                    /** @description Micro-dollars (1 USD = 1,000,000) */
                    retryCostMicros: number;
                    /** @description What the cache hits would have cost at the model's price (model breakdown only) */
                    savedMicros: number;
                }[];
            };
            breakdownSeries: {
                /** @description The `by` dimension's biggest values, then `other` */
                keys: string[];
                points: {
                    at: string;
                    values: number[];
                }[];
            };
            range: {
                /** @enum {string} */
                by: "model" | "agent" | "docType" | "token";
                from: string;
                /** @enum {string} */
                granularity: "hour" | "day";
                to: string;
            };
            runs: {
                approved: number;
                meanMicros: number | null;
                p50Micros: number | null;
                p95Micros: number | null;
                /** @description All runs' spend divided by the runs that ended approved */
                perApprovedMicros: number | null;
                runs: number;
                /** @description Micro-dollars (1 USD = 1,000,000) */
                spentMicros: number;
            };
            /** @description Every bucket in the range, empty ones as zero */
            series: {
                at: string;
                cacheHits: number;
                /** @description Model call attempts, cache hits and failed attempts included */
                calls: number;
                /** @description Micro-dollars (1 USD = 1,000,000) */
                costMicros: number;
                /** @description Failed attempts */
                errors: number;
                inputTokens: number;
                outputTokens: number;
                /** @description Attempts after the first of a call */
                retries: number;
                /** @description Micro-dollars (1 USD = 1,000,000) */
                retryCostMicros: number;
            }[];
            totals: {
                /** @description Cache hits over answered calls (failed attempts excluded) */
                cacheHitRate: number | null;
                cacheHits: number;
                /** @description Micro-dollars (1 USD = 1,000,000) */
                cacheSavedMicros: number;
                /** @description Model call attempts, cache hits and failed attempts included */
                calls: number;
                /** @description Micro-dollars (1 USD = 1,000,000) */
                costMicros: number;
                /** @description Failed attempts */
                errors: number;
                inputTokens: number;
                outputTokens: number;
                /** @description Attempts after the first of a call */
                retries: number;
                /** @description Micro-dollars (1 USD = 1,000,000) */
                retryCostMicros: number;
            };
        };
        TargetPrecision: {
            /** @enum {string} */
            docType: "invoice" | "receipt" | "generic";
            /** @description Share of auto-approved documents that must be right, e.g. 0.99 */
            targetPrecision: number;
        };
        ThresholdChoice: {
            /**
             * @description learned: the history vouches for the target at `threshold`; insufficient_data: too few checked documents, the threshold in force is kept; target_unreachable: no threshold meets the target, every document is reviewed
             * @enum {string}
             */
            basis: "learned" | "insufficient_data" | "target_unreachable";
            curve: {
                labelledAbove: number;
                /** @description Among checked documents at or above the threshold */
                observedPrecision: number | null;
                /** @description Lower confidence bound of auto-approve precision at this threshold */
                precisionLow: number;
                /** @description Share of the type's documents that would go to review */
                reviewRate: number;
                threshold: number;
            }[];
            /** @enum {string} */
            docType: "invoice" | "receipt" | "generic";
            /** @description Of those, the ones whose required fields needed a correction */
            errors: number;
            /** @description Checked documents (reviews and audits) the choice was made on */
            labelled: number;
            previousThreshold: number;
            target: number;
            /** @description The threshold now in force */
            threshold: number;
        };
        TokenList: {
            data: components["schemas"]["ApiToken"][];
        };
        UpdatedUser: {
            /** @description Present only when resetPassword was true; shown once */
            temporaryPassword?: string;
            user: components["schemas"]["User"];
        };
        UpdateUserRequest: {
            /** @description true signs the user out at once and refuses their sign-ins; false lets them back in */
            disabled?: boolean;
            name?: string;
            /** @description true replaces the password with a temporary one (returned once) and signs the user out */
            resetPassword?: boolean;
            role?: components["schemas"]["Role"];
        };
        UploadAccepted: {
            document: {
                /**
                 * Format: date-time
                 * @description UTC time, ISO 8601
                 * @example 2026-03-01T09:30:00.000Z
                 */
                createdAt: string;
                filename: string;
                /**
                 * @description An opaque identifier
                 * @example cmb0x9k2a0000abcd1234efgh
                 */
                id: string;
                /** @description Sniffed from the bytes, not taken from the client */
                mime: string;
                pageCount: number | null;
                sha256: string;
                /** @description Bytes */
                size: number;
            };
            /**
             * @description An opaque identifier
             * @example cmb0x9k2a0000abcd1234efgh
             */
            documentId: string;
            /** @description The same file was already uploaded by this tenant: its document and run are returned */
            duplicate: boolean;
            run: {
                budgetCapMicros: number;
                /**
                 * Format: date-time
                 * @description UTC time, ISO 8601
                 * @example 2026-03-01T09:30:00.000Z
                 */
                createdAt: string;
                /**
                 * @description An opaque identifier
                 * @example cmb0x9k2a0000abcd1234efgh
                 */
                id: string;
                status: components["schemas"]["RunStatus"];
            };
            /**
             * @description An opaque identifier
             * @example cmb0x9k2a0000abcd1234efgh
             */
            runId: string;
            /** @description GET it for the run's progress (AI SDK UI message stream, resumable with ?from=<seq>) */
            streamUrl: string;
        };
        UploadRequest: {
            /** @description This run's model budget in micro-dollars, within the admin maximum; the default cap otherwise */
            budgetCapMicros?: number;
            /**
             * Format: binary
             * @description The document: PDF (text layer), PNG/JPEG (OCR), DOCX or plain text. The type is sniffed from the bytes.
             */
            file: string;
        };
        User: {
            /**
             * Format: date-time
             * @description UTC time, ISO 8601
             * @example 2026-03-01T09:30:00.000Z
             */
            createdAt: string;
            /** @description Set while the user may not sign in */
            disabledAt: string | null;
            email: string;
            /**
             * @description An opaque identifier
             * @example cmb0x9k2a0000abcd1234efgh
             */
            id: string;
            name: string;
            role: components["schemas"]["Role"];
        };
        UserList: {
            data: components["schemas"]["User"][];
        };
        Vendor: {
            address: string | null;
            /** @description Other spellings approved for this vendor; documents printing them match too */
            aliases: string[];
            approvedDocuments: number;
            /**
             * Format: date-time
             * @description UTC time, ISO 8601
             * @example 2026-03-01T09:30:00.000Z
             */
            createdAt: string;
            currency: string | null;
            /** @description Electronic format (no spaces) */
            iban: string | null;
            /**
             * @description An opaque identifier
             * @example cmb0x9k2a0000abcd1234efgh
             */
            id: string;
            /**
             * Format: date-time
             * @description The vendor's latest document: its first approval, or the latest run matched to it
             * @example 2026-03-01T09:30:00.000Z
             */
            lastSeenAt: string;
            name: string;
            taxId: string | null;
            /** @description The document type this vendor sends most */
            usualDocType: string | null;
            /** @description Send it back with an edit (optimistic concurrency) */
            version: number;
        };
        VendorMerge: {
            /**
             * @description The vendor merged away: its documents, spellings and counts move to this one
             * @example cmb0x9k2a0000abcd1234efgh
             */
            duplicateId: string;
        };
        VendorPage: {
            data: components["schemas"]["Vendor"][];
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        VendorUpdate: {
            /** @description Null or empty clears it */
            address?: string | null;
            currency?: string | null;
            /** @description Checked for its country format and check digits */
            iban?: string | null;
            name?: string;
            /** @description A VAT id with a country prefix (e.g. DE…) is checked for its country's format */
            taxId?: string | null;
            /** @description The `version` you saw; a newer one answers 409 `stale_version` */
            version: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listSpendAlerts: {
        parameters: {
            query?: {
                limit?: number;
                unacknowledged?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first */
            200: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SpendAlert"][];
                    };
                };
            };
            /** @description Invalid request: a parameter or the body failed validation (`invalid_request`, `invalid_json`) */
            400: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    acknowledgeSpendAlert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The alert */
            200: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpendAlert"];
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or belongs to another tenant (`not_found`) */
            404: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAlertWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook */
            200: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertWebhook"];
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setAlertWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    rotateSecret?: boolean;
                    secret?: string;
                    url: string | null;
                };
            };
        };
        responses: {
            /** @description The webhook (and the secret, when one was generated) */
            200: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        secret?: string;
                        /** @description The secret's first characters; the whole secret is shown once, when generated */
                        secretHint: string | null;
                        url: string | null;
                    };
                };
            };
            /** @description Invalid request: a parameter or the body failed validation (`invalid_request`, `invalid_json`) */
            400: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Understood but refused (`unprocessable_document`, `idempotency_key_reused`, `webhook_address_not_allowed`) */
            422: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listBudgets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Budgets, run caps and the tenant's tokens */
            200: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Budgets"];
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createBudget: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    limitMicros: number;
                    /** @constant */
                    scope: "run";
                    /** @enum {string} */
                    scopeId: "default" | "max";
                } | {
                    limitMicros: number;
                    /** @enum {string} */
                    period: "day" | "month";
                    /** @constant */
                    scope: "token";
                    scopeId: string;
                } | {
                    limitMicros: number;
                    /** @enum {string} */
                    period: "day" | "month";
                    /** @constant */
                    scope: "tenant";
                } | {
                    limitMicros: number;
                    /** @enum {string} */
                    period: "day" | "month";
                    /** @constant */
                    scope: "global";
                };
            };
        };
        responses: {
            /** @description The new budget */
            201: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Budget"];
                };
            };
            /** @description Invalid request: a parameter or the body failed validation (`invalid_request`, `invalid_json`) */
            400: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or belongs to another tenant (`not_found`) */
            404: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with the current state (`invalid_state`, `idempotency_in_progress`, …) */
            409: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteBudget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or belongs to another tenant (`not_found`) */
            404: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateBudget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    limitMicros: number;
                };
            };
        };
        responses: {
            /** @description The budget */
            200: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Budget"];
                };
            };
            /** @description Invalid request: a parameter or the body failed validation (`invalid_request`, `invalid_json`) */
            400: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or belongs to another tenant (`not_found`) */
            404: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportLabels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One LabelLine per line */
            200: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": components["schemas"]["LabelLine"];
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPipelineSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Settings, defaults and the names of the changed ones */
            200: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelineSettingsPage"];
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setPipelineSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PipelineSettingsChange"];
            };
        };
        responses: {
            /** @description The settings after the change */
            200: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelineSettingsPage"];
                };
            };
            /** @description Invalid request: a parameter or the body failed validation (`invalid_request`, `invalid_json`) */
            400: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setTargetPrecision: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TargetPrecision"];
            };
        };
        responses: {
            /** @description The choice and its trade-off curve */
            200: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThresholdChoice"];
                };
            };
            /** @description Invalid request: a parameter or the body failed validation (`invalid_request`, `invalid_json`) */
            400: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listModelPrices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prices per million tokens, in micro-dollars */
            200: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ModelPrice"][];
                    };
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setModelPrice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    cachedInputMicrosPerMTok?: number | null;
                    inputMicrosPerMTok: number;
                    model: string;
                    outputMicrosPerMTok: number;
                    provider: string;
                };
            };
        };
        responses: {
            /** @description The stored price */
            200: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cachedInputMicrosPerMTok?: number | null;
                        inputMicrosPerMTok: number;
                        model: string;
                        outputMicrosPerMTok: number;
                        provider: string;
                    };
                };
            };
            /** @description Invalid request: a parameter or the body failed validation (`invalid_request`, `invalid_json`) */
            400: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteModelPrice: {
        parameters: {
            query: {
                model: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: a parameter or the body failed validation (`invalid_request`, `invalid_json`) */
            400: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSpendReport: {
        parameters: {
            query?: {
                by?: "model" | "agent" | "docType" | "token";
                from?: string;
                granularity?: "hour" | "day";
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report */
            200: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpendReport"];
                };
            };
            /** @description Invalid request: a parameter or the body failed validation (`invalid_request`, `invalid_json`) */
            400: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The users */
            200: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserList"];
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserRequest"];
            };
        };
        responses: {
            /** @description Created; hand over the temporary password now */
            201: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedUser"];
                };
            };
            /** @description Invalid request: a parameter or the body failed validation (`invalid_request`, `invalid_json`) */
            400: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with the current state (`invalid_state`, `idempotency_in_progress`, …) */
            409: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserRequest"];
            };
        };
        responses: {
            /** @description The user, and the temporary password after a reset */
            200: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdatedUser"];
                };
            };
            /** @description Invalid request: a parameter or the body failed validation (`invalid_request`, `invalid_json`) */
            400: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or belongs to another tenant (`not_found`) */
            404: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with the current state (`invalid_state`, `idempotency_in_progress`, …) */
            409: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordRequest"];
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordChanged"];
                };
            };
            /** @description Invalid request: a parameter or the body failed validation (`invalid_request`, `invalid_json`) */
            400: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    whoAmI: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The principal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        principal: components["schemas"]["Principal"];
                    };
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInRequest"];
            };
        };
        responses: {
            /** @description Signed in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Invalid request: a parameter or the body failed validation (`invalid_request`, `invalid_json`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out; the cookie is cleared */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listDocuments: {
        parameters: {
            query?: {
                /** @description `nextCursor` from the previous page */
                cursor?: string;
                /** @description Page size (1–100) */
                limit?: number;
                /** @description Only documents in this status */
                status?: components["schemas"]["DocumentStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of documents */
            200: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentPage"];
                };
            };
            /** @description Invalid request: a parameter or the body failed validation (`invalid_request`, `invalid_json`) */
            400: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    uploadDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string per upload (e.g. a UUID). Retries with the same key and file get the first response back instead of a second document. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UploadRequest"];
            };
        };
        responses: {
            /** @description Stored; the run has started */
            202: {
                headers: {
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    /** @description The run: /api/v1/runs/{runId} */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadAccepted"];
                };
            };
            /** @description Invalid request: a parameter or the body failed validation (`invalid_request`, `invalid_json`) */
            400: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The run would exceed its budget (`budget_exceeded`) */
            402: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with the current state (`invalid_state`, `idempotency_in_progress`, …) */
            409: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The upload is too large (`payload_too_large`) */
            413: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The file type is not supported (`unsupported_media_type`) */
            415: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Understood but refused (`unprocessable_document`, `idempotency_key_reused`, `webhook_address_not_allowed`) */
            422: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document */
            200: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDetail"];
                };
            };
            /** @description Invalid request: a parameter or the body failed validation (`invalid_request`, `invalid_json`) */
            400: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or belongs to another tenant (`not_found`) */
            404: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDocumentFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Not modified (ETag matched) */
            304: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: a parameter or the body failed validation (`invalid_request`, `invalid_json`) */
            400: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or belongs to another tenant (`not_found`) */
            404: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDocumentPage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An opaque identifier */
                id: string;
                page: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page */
            200: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                };
            };
            /** @description Not modified (ETag matched) */
            304: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: a parameter or the body failed validation (`invalid_request`, `invalid_json`) */
            400: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or belongs to another tenant (`not_found`) */
            404: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Understood but refused (`unprocessable_document`, `idempotency_key_reused`, `webhook_address_not_allowed`) */
            422: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alive */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    openApiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listQuestions: {
        parameters: {
            query?: {
                /** @description `nextCursor` from the previous page */
                cursor?: string;
                documentId?: string;
                /** @description Page size (1–100) */
                limit?: number;
                runId?: string;
                /** @description Defaults to open */
                status?: components["schemas"]["QuestionStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of questions */
            200: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionPage"];
                };
            };
            /** @description Invalid request: a parameter or the body failed validation (`invalid_request`, `invalid_json`) */
            400: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    answerQuestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerRequest"];
            };
        };
        responses: {
            /** @description Answered; the run resumes */
            200: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnswerAccepted"];
                };
            };
            /** @description Invalid request: a parameter or the body failed validation (`invalid_request`, `invalid_json`) */
            400: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or belongs to another tenant (`not_found`) */
            404: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with the current state (`invalid_state`, `idempotency_in_progress`, …) */
            409: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not ready; `checks` says what failed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
        };
    };
    setAuditSampleRate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    rate: number;
                };
            };
        };
        responses: {
            /** @description The new rate */
            200: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditSampleRate: number;
                    };
                };
            };
            /** @description Invalid request: a parameter or the body failed validation (`invalid_request`, `invalid_json`) */
            400: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getReviewDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Document, run, fields, questions, review item and audit trail */
            200: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        audit: {
                            action: string;
                            actor: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            data: {
                                [key: string]: unknown;
                            } | null;
                            id: string;
                        }[];
                        document: {
                            /** Format: date-time */
                            createdAt: string;
                            docType: string | null;
                            filename: string;
                            id: string;
                            mime: string;
                            pageCount: number | null;
                            /** @enum {string} */
                            preview: "pdf" | "image" | "text" | "none";
                            size: number;
                            /** @enum {string} */
                            status: "received" | "processing" | "waiting_for_answer" | "needs_review" | "approved" | "rejected" | "failed" | "cancelled";
                            text: string | null;
                        };
                        fields: {
                            confidence: number;
                            correctedAt: string | null;
                            correctedBy: string | null;
                            correctedValue: string | null;
                            effectiveValue: string | null;
                            evidence: {
                                box: {
                                    x0: number;
                                    x1: number;
                                    y0: number;
                                    y1: number;
                                };
                                ocrConfidence: number;
                                page: number;
                            } | null;
                            flags: string[];
                            id: string;
                            label: string;
                            name: string;
                            sourceEnd: number | null;
                            sourceStart: number | null;
                            value: string | null;
                            version: number;
                        }[];
                        item: {
                            assignee: {
                                id: string;
                                name: string;
                            } | null;
                            claimExpiresAt: string | null;
                            confidence: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            docType: string | null;
                            documentId: string;
                            filename: string;
                            id: string;
                            priority: number;
                            /** @enum {string} */
                            reason: "low_confidence" | "validation_failed" | "open_question" | "audit_sample" | "suspected_hallucination" | "prompt_injection" | "agent_failed" | "budget_exhausted";
                            reasons: {
                                detail: string | null;
                                fields: string[];
                                reason: string;
                            }[];
                            resolution: ("approved" | "rejected") | null;
                            resolvedAt: string | null;
                            runId: string;
                            slaDueAt: string | null;
                            /** @enum {string} */
                            status: "open" | "claimed" | "resolved";
                            version: number;
                        } | null;
                        questions: {
                            agent: string;
                            answer: string | null;
                            answeredAt: string | null;
                            answeredBy: string | null;
                            answeredVia: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            options: string[];
                            prompt: string;
                            runId: string;
                        }[];
                        run: {
                            confidence: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            decision: string | null;
                            decisionReasons: unknown;
                            docType: string | null;
                            finishedAt: string | null;
                            id: string;
                            /** @enum {string} */
                            status: "queued" | "running" | "waiting_for_answer" | "needs_review" | "approved" | "rejected" | "failed" | "cancelled";
                            summary: string | null;
                        } | null;
                        vendor: components["schemas"]["RunVendor"] | null;
                        viewer: {
                            canAct: boolean;
                            canClaim: boolean;
                            userId: string;
                        };
                    };
                };
            };
            /** @description Invalid request: a parameter or the body failed validation (`invalid_request`, `invalid_json`) */
            400: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or belongs to another tenant (`not_found`) */
            404: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    correctField: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    value: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description The field with its correction */
            200: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        confidence: number;
                        correctedAt: string | null;
                        correctedBy: string | null;
                        correctedValue: string | null;
                        effectiveValue: string | null;
                        evidence: {
                            box: {
                                x0: number;
                                x1: number;
                                y0: number;
                                y1: number;
                            };
                            ocrConfidence: number;
                            page: number;
                        } | null;
                        flags: string[];
                        id: string;
                        label: string;
                        name: string;
                        sourceEnd: number | null;
                        sourceStart: number | null;
                        value: string | null;
                        version: number;
                    };
                };
            };
            /** @description Invalid request: a parameter or the body failed validation (`invalid_request`, `invalid_json`) */
            400: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or belongs to another tenant (`not_found`) */
            404: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with the current state (`invalid_state`, `idempotency_in_progress`, …) */
            409: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    claimReviewItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The claimed item */
            200: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assignee: {
                            id: string;
                            name: string;
                        } | null;
                        claimExpiresAt: string | null;
                        confidence: number | null;
                        /** Format: date-time */
                        createdAt: string;
                        docType: string | null;
                        documentId: string;
                        filename: string;
                        id: string;
                        priority: number;
                        /** @enum {string} */
                        reason: "low_confidence" | "validation_failed" | "open_question" | "audit_sample" | "suspected_hallucination" | "prompt_injection" | "agent_failed" | "budget_exhausted";
                        reasons: {
                            detail: string | null;
                            fields: string[];
                            reason: string;
                        }[];
                        resolution: ("approved" | "rejected") | null;
                        resolvedAt: string | null;
                        runId: string;
                        slaDueAt: string | null;
                        /** @enum {string} */
                        status: "open" | "claimed" | "resolved";
                        version: number;
                    };
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or belongs to another tenant (`not_found`) */
            404: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with the current state (`invalid_state`, `idempotency_in_progress`, …) */
            409: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    releaseReviewItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item, open again */
            200: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assignee: {
                            id: string;
                            name: string;
                        } | null;
                        claimExpiresAt: string | null;
                        confidence: number | null;
                        /** Format: date-time */
                        createdAt: string;
                        docType: string | null;
                        documentId: string;
                        filename: string;
                        id: string;
                        priority: number;
                        /** @enum {string} */
                        reason: "low_confidence" | "validation_failed" | "open_question" | "audit_sample" | "suspected_hallucination" | "prompt_injection" | "agent_failed" | "budget_exhausted";
                        reasons: {
                            detail: string | null;
                            fields: string[];
                            reason: string;
                        }[];
                        resolution: ("approved" | "rejected") | null;
                        resolvedAt: string | null;
                        runId: string;
                        slaDueAt: string | null;
                        /** @enum {string} */
                        status: "open" | "claimed" | "resolved";
                        version: number;
                    };
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or belongs to another tenant (`not_found`) */
            404: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with the current state (`invalid_state`, `idempotency_in_progress`, …) */
            409: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    decideReviewItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    decision: "approve";
                    note?: string;
                } | {
                    /** @constant */
                    decision: "reject";
                    note?: string;
                    /** @enum {string} */
                    reason: "wrong_document" | "illegible" | "duplicate" | "suspected_fraud" | "incorrect_data" | "other";
                };
            };
        };
        responses: {
            /** @description The decision */
            200: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        itemId: string;
                        /** @enum {string} */
                        resolution: "approved" | "rejected";
                        resolvedItems: number;
                    };
                };
            };
            /** @description Invalid request: a parameter or the body failed validation (`invalid_request`, `invalid_json`) */
            400: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or belongs to another tenant (`not_found`) */
            404: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with the current state (`invalid_state`, `idempotency_in_progress`, …) */
            409: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    answerQuestionAsReviewer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerRequest"];
            };
        };
        responses: {
            /** @description The answered question and the run's status */
            200: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        question: {
                            agent: string;
                            answer: string | null;
                            answeredAt: string | null;
                            answeredBy: string | null;
                            answeredVia: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            options: string[];
                            prompt: string;
                            runId: string;
                        };
                        runStatus: string;
                    };
                };
            };
            /** @description Invalid request: a parameter or the body failed validation (`invalid_request`, `invalid_json`) */
            400: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or belongs to another tenant (`not_found`) */
            404: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with the current state (`invalid_state`, `idempotency_in_progress`, …) */
            409: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listReviewQueue: {
        parameters: {
            query?: {
                cursor?: string;
                docType?: string;
                limit?: number;
                q?: string;
                reason?: "low_confidence" | "validation_failed" | "open_question" | "audit_sample" | "suspected_hallucination" | "prompt_injection" | "agent_failed" | "budget_exhausted";
                sort?: "priority" | "sla" | "oldest" | "newest" | "confidence";
                view?: "open" | "mine" | "claimed" | "resolved";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of review items */
            200: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            assignee: {
                                id: string;
                                name: string;
                            } | null;
                            claimExpiresAt: string | null;
                            confidence: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            docType: string | null;
                            documentId: string;
                            filename: string;
                            id: string;
                            priority: number;
                            /** @enum {string} */
                            reason: "low_confidence" | "validation_failed" | "open_question" | "audit_sample" | "suspected_hallucination" | "prompt_injection" | "agent_failed" | "budget_exhausted";
                            reasons: {
                                detail: string | null;
                                fields: string[];
                                reason: string;
                            }[];
                            resolution: ("approved" | "rejected") | null;
                            resolvedAt: string | null;
                            runId: string;
                            slaDueAt: string | null;
                            /** @enum {string} */
                            status: "open" | "claimed" | "resolved";
                            version: number;
                        }[];
                        nextCursor: string | null;
                        total: number;
                    };
                };
            };
            /** @description Invalid request: a parameter or the body failed validation (`invalid_request`, `invalid_json`) */
            400: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    followReviewQueue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An event stream */
            200: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    claimNextReviewItem: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    docType?: string;
                    excludeItemId?: string;
                    q?: string;
                    /** @enum {string} */
                    reason?: "low_confidence" | "validation_failed" | "open_question" | "audit_sample" | "suspected_hallucination" | "prompt_injection" | "agent_failed" | "budget_exhausted";
                    /**
                     * @default priority
                     * @enum {string}
                     */
                    sort?: "priority" | "sla" | "oldest" | "newest" | "confidence";
                };
            };
        };
        responses: {
            /** @description The claimed item, or null */
            200: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        item: {
                            assignee: {
                                id: string;
                                name: string;
                            } | null;
                            claimExpiresAt: string | null;
                            confidence: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            docType: string | null;
                            documentId: string;
                            filename: string;
                            id: string;
                            priority: number;
                            /** @enum {string} */
                            reason: "low_confidence" | "validation_failed" | "open_question" | "audit_sample" | "suspected_hallucination" | "prompt_injection" | "agent_failed" | "budget_exhausted";
                            reasons: {
                                detail: string | null;
                                fields: string[];
                                reason: string;
                            }[];
                            resolution: ("approved" | "rejected") | null;
                            resolvedAt: string | null;
                            runId: string;
                            slaDueAt: string | null;
                            /** @enum {string} */
                            status: "open" | "claimed" | "resolved";
                            version: number;
                        } | null;
                    };
                };
            };
            /** @description Invalid request: a parameter or the body failed validation (`invalid_request`, `invalid_json`) */
            400: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getReviewSummary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counts, precision and the audit sampling rate */
            200: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditSampleRate: number;
                        counts: {
                            claimed: number;
                            mine: number;
                            open: {
                                [key: string]: number;
                            };
                            openTotal: number;
                        };
                        precision: {
                            confirmed: number;
                            corrected: number;
                            interval: {
                                high: number;
                                low: number;
                            } | null;
                            pending: number;
                            precision: number | null;
                            rejected: number;
                            reviewed: number;
                            windowDays: number;
                        };
                    };
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run */
            200: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Run"];
                };
            };
            /** @description Invalid request: a parameter or the body failed validation (`invalid_request`, `invalid_json`) */
            400: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or belongs to another tenant (`not_found`) */
            404: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    cancelRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CancelRunRequest"];
            };
        };
        responses: {
            /** @description The cancelled run */
            200: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Run"];
                };
            };
            /** @description Invalid request: a parameter or the body failed validation (`invalid_request`, `invalid_json`) */
            400: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or belongs to another tenant (`not_found`) */
            404: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with the current state (`invalid_state`, `idempotency_in_progress`, …) */
            409: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    streamRun: {
        parameters: {
            query?: {
                /** @description First event seq to send (default 0); a Last-Event-ID header means from = id + 1 */
                from?: number;
            };
            header?: never;
            path: {
                /** @description An opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event stream; each `data:` line is one chunk */
            200: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["RunStreamChunk"];
                };
            };
            /** @description Invalid request: a parameter or the body failed validation (`invalid_request`, `invalid_json`) */
            400: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or belongs to another tenant (`not_found`) */
            404: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tokens */
            200: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenList"];
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTokenRequest"];
            };
        };
        responses: {
            /** @description Created; copy the secret now */
            201: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedToken"];
                };
            };
            /** @description Invalid request: a parameter or the body failed validation (`invalid_request`, `invalid_json`) */
            400: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revoked token */
            200: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiToken"];
                };
            };
            /** @description Invalid request: a parameter or the body failed validation (`invalid_request`, `invalid_json`) */
            400: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or belongs to another tenant (`not_found`) */
            404: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listVendors: {
        parameters: {
            query?: {
                /** @description `nextCursor` from the previous page */
                cursor?: string;
                /** @description Page size (1–100) */
                limit?: number;
                /** @description The name contains this (any case) */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of vendors */
            200: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VendorPage"];
                };
            };
            /** @description Invalid request: a parameter or the body failed validation (`invalid_request`, `invalid_json`) */
            400: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getVendor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The vendor */
            200: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Vendor"];
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or belongs to another tenant (`not_found`) */
            404: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateVendor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VendorUpdate"];
            };
        };
        responses: {
            /** @description The vendor as saved */
            200: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Vendor"];
                };
            };
            /** @description Invalid request: a parameter or the body failed validation (`invalid_request`, `invalid_json`) */
            400: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or belongs to another tenant (`not_found`) */
            404: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict with the current state (`invalid_state`, `idempotency_in_progress`, …) */
            409: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    mergeVendors: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VendorMerge"];
            };
        };
        responses: {
            /** @description The vendor after the merge */
            200: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Vendor"];
                };
            };
            /** @description Invalid request: a parameter or the body failed validation (`invalid_request`, `invalid_json`) */
            400: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials (`unauthenticated`) */
            401: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Authenticated but not allowed: missing scope, not an admin (or operator), or CSRF check failed (`forbidden`, `csrf_failed`) */
            403: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or belongs to another tenant (`not_found`) */
            404: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit reached (`rate_limited`); wait Retry-After seconds */
            429: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Our fault (`internal`); quote the request id */
            500: {
                headers: {
                    /** @description Requests allowed per window for this token (or console user) */
                    "RateLimit-Limit": string;
                    /** @description limit;w=window seconds */
                    "RateLimit-Policy": string;
                    /** @description Requests left in the current window */
                    "RateLimit-Remaining": string;
                    /** @description Seconds until the window resets */
                    "RateLimit-Reset": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
