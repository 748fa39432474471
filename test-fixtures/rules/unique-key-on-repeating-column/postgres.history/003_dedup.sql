-- Not reported: the duplicates are deleted first.
WITH dedup AS (SELECT cat_id, min(id) AS id FROM pets GROUP BY cat_id HAVING count(*) > 1)
DELETE FROM pets USING dedup WHERE pets.cat_id = dedup.cat_id AND pets.id <> dedup.id;
ALTER TABLE pets ADD CONSTRAINT pets_cat_unique UNIQUE (cat_id);
