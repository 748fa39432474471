-- fixture: --select identifier-too-long
-- expect: identifier-too-long
ALTER TABLE orders ADD CONSTRAINT orders_customer_billing_address_id_references_customer_addresses_fkey FOREIGN KEY (customer_billing_address_id) REFERENCES customer_addresses (id) NOT VALID;

-- expect: identifier-too-long
CREATE INDEX index_subscription_payment_attempts_on_subscription_id_and_created_at ON subscription_payment_attempts (subscription_id, created_at);

-- expect: identifier-too-long
CREATE TABLE "Überweisungsbestätigungsdokumentenarchivierungsprotokolleinträge" (id bigint PRIMARY KEY);

ALTER TABLE orders ADD CONSTRAINT orders_billing_address_fkey FOREIGN KEY (customer_billing_address_id) REFERENCES customer_addresses (id) NOT VALID;
CREATE TABLE a_table_name_of_exactly_sixty_three_bytes_xxxxxxxxxxxxxxxxxxxxx (id bigint PRIMARY KEY);
