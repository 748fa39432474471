-- fixture: --select attach-partition-scan
CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, payload text) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_default PARTITION OF events DEFAULT;
CREATE TABLE logs (id bigint NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE logs_2024 PARTITION OF logs FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE audits (id bigint NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE audits_default PARTITION OF audits DEFAULT;
