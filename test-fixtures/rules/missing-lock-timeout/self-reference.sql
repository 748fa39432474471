-- fixture: --select missing-lock-timeout
-- A foreign key to the table being created locks no existing table.
CREATE TABLE org.departments (
    id        serial PRIMARY KEY,
    parent_id integer REFERENCES org.departments (id) ON DELETE CASCADE,
    name      text NOT NULL
);
CREATE TABLE org.teams (
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    lead_id bigint,
    name    text NOT NULL,
    CONSTRAINT teams_lead_fk FOREIGN KEY (lead_id) REFERENCES org.teams (id)
);
-- A reference to an existing table takes SHARE ROW EXCLUSIVE on it: writes to "employees" queue while it waits.
-- expect: missing-lock-timeout
CREATE TABLE org.badges (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    employee_id bigint NOT NULL REFERENCES org.employees (id)
);
