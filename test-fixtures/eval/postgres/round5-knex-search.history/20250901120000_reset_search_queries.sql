-- verdict: hazard data-loss
truncate "search_queries";
