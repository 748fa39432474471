-- fixture: --select enum-value-in-transaction --pg-version 10 --assume-in-transaction
-- expect: enum-value-in-transaction
ALTER TYPE "public"."payment_state" ADD VALUE IF NOT EXISTS 'disputed' AFTER 'paid';
