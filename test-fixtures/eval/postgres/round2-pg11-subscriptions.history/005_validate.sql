-- verdict: safe
ALTER TABLE subscriptions VALIDATE CONSTRAINT subscriptions_renews_nn;
