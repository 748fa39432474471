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
