DROP TABLE samples; DROP TABLE hosts;
