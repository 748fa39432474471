-- verdict: safe
CREATE INDEX CONCURRENTLY subscriptions_plan_idx ON subscriptions (plan);
