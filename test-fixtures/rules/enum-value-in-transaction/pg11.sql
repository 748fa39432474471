-- fixture: --select enum-value-in-transaction --pg-version 11
BEGIN;
-- expect: enum-value-in-transaction
ALTER TYPE order_status ADD VALUE 'refunded';
COMMIT;

ALTER TYPE order_status ADD VALUE 'lost';

BEGIN;
CREATE TYPE mood AS ENUM ('sad', 'ok');
ALTER TYPE mood ADD VALUE 'happy';
COMMIT;
