-- expect: prefer-bigint
CREATE TABLE members (id bigint PRIMARY KEY, org_id integer NOT NULL REFERENCES orgs (id));

-- matches the integer key it references: the fix belongs to "legacy"
CREATE TABLE legacy_notes (id bigint PRIMARY KEY, legacy_id integer REFERENCES legacy (id));

-- expect: prefer-bigint
ALTER TABLE members ADD COLUMN parent_org_id integer, ADD CONSTRAINT members_parent_fk FOREIGN KEY (parent_org_id) REFERENCES orgs (id);
