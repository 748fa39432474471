-- fixture: --select vacuum-full-or-cluster
-- expect: vacuum-full-or-cluster
VACUUM FULL orders;

-- expect: vacuum-full-or-cluster
VACUUM (FULL, ANALYZE) public.events;

-- expect: vacuum-full-or-cluster
CLUSTER orders USING orders_pkey;

-- expect: vacuum-full-or-cluster
CLUSTER;

VACUUM ANALYZE orders;

VACUUM (VERBOSE, ANALYZE) events;

ANALYZE orders;

-- Boolean option values mean what they say: FULL false, 0 and off are a plain VACUUM.
VACUUM (FULL false, ANALYZE) orders;

VACUUM (FULL 0) orders;

VACUUM (FULL off, VERBOSE) orders;

-- expect: vacuum-full-or-cluster
VACUUM (FULL true) orders;

-- expect: vacuum-full-or-cluster
VACUUM (FULL 1, ANALYZE) orders;
