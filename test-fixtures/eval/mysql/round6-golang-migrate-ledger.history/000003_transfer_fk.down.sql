ALTER TABLE transfers DROP FOREIGN KEY fk_transfers_to;
ALTER TABLE transfers DROP FOREIGN KEY fk_transfers_from;
