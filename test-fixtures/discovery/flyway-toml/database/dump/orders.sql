COPY orders (id) FROM stdin;
