-- verdict: hazard add-column-rejected
ALTER TABLE `checkins` ADD `day_key` text GENERATED ALWAYS AS (substr(`day`, 1, 7)) STORED;
