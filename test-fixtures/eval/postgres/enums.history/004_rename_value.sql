-- verdict: hazard breaks-running-app
ALTER TYPE order_status RENAME VALUE 'paid' TO 'settled';
