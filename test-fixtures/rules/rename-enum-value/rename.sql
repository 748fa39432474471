-- fixture: --select rename-enum-value
-- expect: rename-enum-value
ALTER TYPE order_status RENAME VALUE 'canceled' TO 'cancelled';

-- expect: rename-enum-value
ALTER TYPE "public"."Role" RENAME VALUE 'admin' TO 'owner';

CREATE TYPE mood AS ENUM ('sad', 'ok', 'hapy');
ALTER TYPE mood RENAME VALUE 'hapy' TO 'happy';
ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'cancelled';
