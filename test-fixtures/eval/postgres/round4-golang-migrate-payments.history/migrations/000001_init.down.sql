DROP TABLE payments; DROP TABLE merchants;
