DROP TABLE readings; DROP TABLE devices;
