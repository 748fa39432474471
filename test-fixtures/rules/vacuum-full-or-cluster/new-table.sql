-- fixture: --select vacuum-full-or-cluster
CREATE TABLE scratch (id bigint PRIMARY KEY);
CLUSTER scratch USING scratch_pkey;
VACUUM FULL scratch;
