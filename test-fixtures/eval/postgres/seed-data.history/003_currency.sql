-- verdict: safe
CREATE TABLE currencies (code char(3) PRIMARY KEY, symbol text NOT NULL);

-- verdict: safe
INSERT INTO currencies (code, symbol) VALUES ('USD', '$'), ('EUR', '€'), ('JPY', '¥');

-- verdict: safe
SET lock_timeout = '3s';

-- verdict: safe
ALTER TABLE countries ADD COLUMN currency char(3);

-- verdict: safe
UPDATE countries SET currency = 'EUR' WHERE code IN ('DE', 'FR');
