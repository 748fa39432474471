SELECT * FROM orders;
