-- Installations created before the operator role: their first admin keeps the installation-wide
-- settings (prices, run caps, global budgets, alert webhook, audit sampling) that admins now lose.
UPDATE "User" SET "role" = 'operator'
WHERE "id" = (SELECT "id" FROM "User" WHERE "role" = 'admin' AND "disabledAt" IS NULL ORDER BY "createdAt", "id" LIMIT 1)
  AND NOT EXISTS (SELECT 1 FROM "User" WHERE "role" = 'operator');
