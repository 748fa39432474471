-- verdict: hazard data-loss
TRUNCATE import_staging;
