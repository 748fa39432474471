-- migrate:up
-- verdict: safe
SET LOCAL lock_timeout = '5s';

-- verdict: hazard blocks-writes
LOCK TABLE app.bookings IN EXCLUSIVE MODE;

-- runs while the EXCLUSIVE lock above is held; millions of cancelled rows
-- verdict: hazard unbatched-delete
DELETE FROM app.bookings
 WHERE cancelled
   AND upper(during) < now() - interval '2 years';

-- migrate:down
